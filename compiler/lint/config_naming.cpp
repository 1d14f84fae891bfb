// config/naming: config names are read by people and matched by prefix (`matrix full-sweep
// --model-prefix`, changelog config-keys), so a name must say what the entry runs:
// <model-prefix>-<precision>-<gpu>-<framework>, optionally followed by more parts (-mtp). A
// precision outside the known list (configs/config-rules.yaml) is most often a typo that would
// also break the script name and the result files.
#include <algorithm>

#include <fmt/format.h>

#include "lint/config_rule.h"
#include "source/did_you_mean.h"

namespace sweepc {
namespace {

std::string expected_prefix(const MasterEntry& entry) {
    return fmt::format("{}-{}-{}-{}", entry.model_prefix, entry.precision, gpu_of(entry.runner), entry.framework);
}

std::size_t count_parts(std::string_view name) { return static_cast<std::size_t>(std::count(name.begin(), name.end(), '-')) + 1; }

// The key's parts after as many as the expected prefix has (`-mtp` of `dsr1-fp8-h200-sgl-mtp`), so
// the suggested name keeps what the author added.
std::string extra_parts(std::string_view key, std::size_t parts) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < parts; ++i) {
        at = key.find('-', at);
        if (at == std::string_view::npos) return {};
        ++at;
    }
    return "-" + std::string(key.substr(at));
}

void check_name(const MasterEntry& entry, ConfigRuleReport& report) {
    std::string expected = expected_prefix(entry);
    if (entry.key == expected || entry.key.starts_with(expected + "-")) return;
    std::string suggestion = expected + extra_parts(entry.key, count_parts(expected));
    report.add(entry.location,
               fmt::format("config name '{}' does not read <model-prefix>-<precision>-<gpu>-<framework> for its own "
                           "fields, which give '{}'; filters such as --model-prefix and readers of the results go by "
                           "the name, so rename it to '{}' (and update changelog entries that name it)",
                           entry.key, expected, suggestion),
               suggestion + ":");
}

void check_precision(const MasterEntry& entry, const ConfigRuleData& data, ConfigRuleReport& report) {
    if (data.is_known_precision(entry.precision)) return;
    std::optional<std::string> suggestion = closest_match(entry.precision, data.precisions);
    std::string known;
    for (const std::string& precision : data.precisions) known += (known.empty() ? "" : ", ") + precision;
    std::string advice = suggestion ? fmt::format("did you mean '{}'?", *suggestion)
                                    : fmt::format("known precisions: {}; if '{}' is new, add it to "
                                                  "configs/config-rules.yaml",
                                                  known, entry.precision);
    report.add(entry_field_span(entry, "precision"),
               fmt::format("precision '{}' of config '{}' is not a known precision; it becomes part of the script "
                           "and result file names, so a typo here breaks both; {}",
                           entry.precision, entry.key, advice),
               suggestion ? std::optional<std::string>("precision: " + *suggestion) : std::nullopt);
}

}  // namespace

void check_config_naming(ConfigRuleContext& context, ConfigRuleReport& report) {
    for (const MasterEntry& entry : context.config.entries) {
        check_precision(entry, context.data, report);
        // A name that disagrees with a mistyped precision or runner is right and the field is
        // wrong: those findings come first, and suggesting a rename to the typo would mislead.
        if (!context.data.is_known_precision(entry.precision) || context.config.find_runner(entry.runner) == nullptr) {
            continue;
        }
        check_name(entry, report);
    }
}

}  // namespace sweepc
