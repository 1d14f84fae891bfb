#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "lint/shell_lint.h"
#include "shell/flow_analysis.h"
#include "shell/nesting_limit.h"
#include "shell/script_variables.h"
#include "shell/shell_environment_data.h"
#include "shell/syntax_tree.h"
#include "source/diagnostic.h"
#include "source/source_file.h"

namespace sweepc {

// Everything a shell rule may look at; computed once per script and shared by all rules.
struct ShellRuleContext {
    const SourceFile& file;
    const shell::SyntaxTree& tree;
    const shell::ScriptVariables& variables;
    const std::vector<shell::IntegerComparison>& comparisons;
    const shell::ShellEnvironmentData& environment;
    const std::vector<std::string>& guard_commands;  // never empty
    // The first node nested deeper than shell::max_nesting_depth, or null. When set, the flow
    // analysis did not run (`comparisons` is empty) and shell/nesting-limit reports it.
    shell::SyntaxNode too_deep;

    SourceLocation location(const shell::SyntaxNode& node) const;
    SourceLocation location(const shell::TextSpan& span) const;
};

// A rule reports findings with its own id and severity; the caller adds suppression and sorting.
class ShellRuleReport {
public:
    ShellRuleReport(std::string_view rule, Severity severity, std::vector<Diagnostic>& out)
        : rule_(rule), severity_(severity), out_(out) {}
    void add(SourceLocation location, std::string message, std::optional<std::string> fix = std::nullopt) {
        out_.push_back({std::string(rule_), severity_, std::move(location), std::move(message), std::move(fix)});
    }

private:
    std::string_view rule_;
    Severity severity_;
    std::vector<Diagnostic>& out_;
};

struct ShellRule {
    std::string_view id;        // stable: users write it in `# sweepc disable=…`
    Severity severity;
    std::string_view summary;   // one line, for rule listings (SARIF tool.driver.rules)
    void (*check)(const ShellRuleContext& context, ShellRuleReport& report);
};

// The registered rules, in a fixed order.
const std::vector<ShellRule>& shell_rules();

// One function per rule, each in its own file under lint/.
void check_unset_integer_test(const ShellRuleContext& context, ShellRuleReport& report);
void check_non_numeric_integer_test(const ShellRuleContext& context, ShellRuleReport& report);
void check_unknown_env(const ShellRuleContext& context, ShellRuleReport& report);
void check_broken_continuation(const ShellRuleContext& context, ShellRuleReport& report);
void check_unexported_engine_var(const ShellRuleContext& context, ShellRuleReport& report);
void check_hardcoded_concurrency(const ShellRuleContext& context, ShellRuleReport& report);
void check_nesting_limit(const ShellRuleContext& context, ShellRuleReport& report);
void check_unassigned_variable(const ShellRuleContext& context, ShellRuleReport& report);
void check_literal_expansion(const ShellRuleContext& context, ShellRuleReport& report);
void check_unknown_engine_var(const ShellRuleContext& context, ShellRuleReport& report);

}  // namespace sweepc
