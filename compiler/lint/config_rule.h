#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/config_lint.h"
#include "lint/config_rule_data.h"
#include "load/yaml_node.h"
#include "source/diagnostic.h"

namespace sweepc {

// Everything a config rule may look at; built once per check and shared by all rules.
struct ConfigRuleContext {
    const Config& config;
    const std::vector<Run>& runs;
    const ScriptConventions& conventions;
    const ConfigRuleData& data;
    SuiteFiles& suite;
};

// A rule reports findings with its own id and severity; the caller adds suppression and sorting.
class ConfigRuleReport {
public:
    ConfigRuleReport(std::string_view rule, Severity severity, std::vector<Diagnostic>& out)
        : rule_(rule), severity_(severity), out_(out) {}
    void add(SourceLocation location, std::string message, std::optional<std::string> fix = std::nullopt) {
        out_.push_back({std::string(rule_), severity_, std::move(location), std::move(message), std::move(fix)});
    }
    // For what a rule could not judge (no convention for a GPU): said once, never fails a check.
    void note(SourceLocation location, std::string message) {
        out_.push_back({std::string(rule_), Severity::note, std::move(location), std::move(message), std::nullopt});
    }

private:
    std::string_view rule_;
    Severity severity_;
    std::vector<Diagnostic>& out_;
};

struct ConfigRule {
    std::string_view id;        // stable: users write it in `# sweepc disable=…`
    Severity severity;
    std::string_view summary;   // one line, for rule listings (SARIF tool.driver.rules)
    void (*check)(ConfigRuleContext& context, ConfigRuleReport& report);
};

// The registered rules, in a fixed order.
const std::vector<ConfigRule>& config_rules();

// One function per rule, each in its own file under lint/.
void check_unknown_runner(ConfigRuleContext& context, ConfigRuleReport& report);
void check_missing_script(ConfigRuleContext& context, ConfigRuleReport& report);
void check_ignored_setting(ConfigRuleContext& context, ConfigRuleReport& report);
void check_missing_recipe(ConfigRuleContext& context, ConfigRuleReport& report);
void check_recipe_mismatch(ConfigRuleContext& context, ConfigRuleReport& report);
void check_missing_launcher(ConfigRuleContext& context, ConfigRuleReport& report);
void check_config_naming(ConfigRuleContext& context, ConfigRuleReport& report);
void check_duplicate_run(ConfigRuleContext& context, ConfigRuleReport& report);
void check_parallelism(ConfigRuleContext& context, ConfigRuleReport& report);
void check_unpinned_image(ConfigRuleContext& context, ConfigRuleReport& report);

// The span of `field: value` in a mapping, so the caret underlines the whole setting; the
// mapping's own location when the field is absent.
SourceLocation field_span(const yaml::Node* mapping, std::string_view field);
// The span of an entry's `field: value`; the entry's key when the field is absent.
SourceLocation entry_field_span(const MasterEntry& entry, std::string_view field);
// "line 12" of the same file, or "file.yaml:12" of another, for messages that point elsewhere.
std::string describe_place(const SourceLocation& place, const SourceLocation& from);

}  // namespace sweepc
