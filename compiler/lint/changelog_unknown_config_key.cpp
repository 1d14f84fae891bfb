#include <fmt/format.h>

#include "lint/changelog_lint.h"
#include "source/did_you_mean.h"

namespace sweepc {

void check_changelog_unknown_config_key(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings) {
    if (inputs.config == nullptr) return;
    std::vector<std::string> names;
    for (const MasterEntry& entry : inputs.config->entries) names.push_back(entry.key);
    const int new_from = first_new_line(inputs.base_text);
    for (const ChangelogEntry& entry : inputs.entries) {
        // A new entry that names nothing makes the changelog-driven sweep fail; an old one
        // usually names a config removed since, which is worth knowing but not blocking.
        const bool is_new = entry.location.line >= new_from;
        for (std::size_t i = 0; i < entry.config_keys.size(); ++i) {
            const std::string& pattern = entry.config_keys[i];
            if (!configs_matching_pattern(*inputs.config, pattern).empty()) continue;
            std::string message = pattern.find('*') != std::string::npos
                                      ? fmt::format("config-keys pattern '{}' matches no config of the master configs",
                                                    pattern)
                                      : fmt::format("config-keys names '{}', which is not a config of the master "
                                                    "configs",
                                                    pattern);
            if (!is_new) message += " (removed since this entry was written?)";
            std::optional<std::string> fix;
            if (auto suggestion = closest_match(pattern, names)) fix = fmt::format("did you mean '{}'?", *suggestion);
            findings.push_back({"changelog/unknown-config-key", is_new ? Severity::error : Severity::warning,
                                entry.config_key_locations[i], std::move(message), std::move(fix)});
        }
    }
}

}  // namespace sweepc
