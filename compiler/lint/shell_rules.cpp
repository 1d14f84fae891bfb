#include <algorithm>

#include "lint/shell_rule.h"
#include "lint/shell_suppressions.h"

namespace sweepc {

const std::vector<ShellRule>& shell_rules() {
    static const std::vector<ShellRule> rules = {
        {"shell/unset-integer-test", Severity::error,
         "Integer test in [ or test on a variable that may be unset or empty", check_unset_integer_test},
        {"shell/non-numeric-integer-test", Severity::error,
         "Integer test on command output or read input that was never checked to be a number",
         check_non_numeric_integer_test},
        {"shell/unknown-env", Severity::warning,
         "Variable read but never set, whose name is a near miss of a job or script variable", check_unknown_env},
        {"shell/broken-continuation", Severity::error,
         "Line continuation that ends the command, or an option line that runs as a command of its own",
         check_broken_continuation},
        {"shell/unexported-engine-var", Severity::warning,
         "Engine setting assigned but never exported or read: the server never sees it",
         check_unexported_engine_var},
        {"shell/hardcoded-concurrency", Severity::warning,
         "--max-concurrency or --num-prompts given a literal instead of a value derived from $CONC",
         check_hardcoded_concurrency},
        {"shell/unassigned-variable", Severity::warning,
         "Lower-case variable read but never assigned by the script, the job or the launcher",
         check_unassigned_variable},
        {"shell/literal-expansion", Severity::error,
         "\\$NAME passed literally to a server, or ${X:-{...}} whose JSON default ends at its first }",
         check_literal_expansion},
        {"shell/unknown-engine-var", Severity::warning,
         "Exported engine setting (VLLM_*, SGLANG_*) the engine does not read, a near miss of one it does",
         check_unknown_engine_var},
        {"shell/nesting-limit", Severity::error,
         "Script nested deeper than sweepc analyses (commands, substitutions, expressions)", check_nesting_limit},
    };
    return rules;
}

SourceLocation ShellRuleContext::location(const shell::SyntaxNode& node) const { return location(node.span()); }

SourceLocation ShellRuleContext::location(const shell::TextSpan& span) const {
    return {file.path(), span.line, span.column, span.end_line, span.end_column};
}

void lint_shell_script(const SourceFile& file, const ShellLintOptions& options, Diagnostics& diagnostics) {
    const shell::ShellEnvironmentData& environment = shell::shell_environment_data();
    const std::vector<std::string>& guards =
        options.guard_commands.empty() ? environment.guard_commands : options.guard_commands;
    shell::SyntaxTree tree(file.text());
    shell::ScriptVariables variables = shell::collect_script_variables(tree, guards);
    shell::SyntaxNode too_deep = shell::first_node_nested_deeper_than(tree);
    std::vector<shell::IntegerComparison> comparisons;
    if (too_deep.is_null()) comparisons = shell::find_integer_comparisons(tree, variables, guards);
    ShellRuleContext context{file, tree, variables, comparisons, environment, guards, too_deep};

    std::vector<Diagnostic> findings;
    for (const ShellRule& rule : shell_rules()) {
        ShellRuleReport report(rule.id, rule.severity, findings);
        rule.check(context, report);
    }
    ShellSuppressions suppressions = collect_shell_suppressions(tree);
    for (Diagnostic& finding : findings) {
        if (!suppressions.suppresses(finding.rule, finding.location.line)) diagnostics.add(std::move(finding));
    }
}

}  // namespace sweepc
