#include <algorithm>

#include <fmt/format.h>

#include "lint/changelog_lint.h"
#include "plan/config_key_glob.h"
#include "source/did_you_mean.h"

namespace sweepc {

namespace {

// Whether the pattern matches one of `names` (configs that exist but are not among the entries).
bool names_retired_config(const std::vector<std::string>& retired, const std::string& pattern) {
    return std::any_of(retired.begin(), retired.end(), [&](const std::string& name) { return glob_match(pattern, name); });
}

}  // namespace

void check_changelog_unknown_config_key(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings) {
    if (inputs.config == nullptr) return;
    std::vector<std::string> names;
    for (const MasterEntry& entry : inputs.config->entries) names.push_back(entry.key);
    std::vector<std::string> invalid_names;
    for (const MasterEntry& entry : inputs.config->invalid_entries) invalid_names.push_back(entry.key);
    const int new_from = first_new_line(inputs.context.base_text);
    // Outside git no entry is known to be new: most of a long changelog is history.
    const bool history_known = inputs.context.base_text.has_value();
    for (const ChangelogEntry& entry : inputs.entries) {
        // A new entry that names nothing makes the changelog-driven sweep fail; an old one
        // usually names a config removed since, which is worth knowing but not blocking.
        const bool is_new = history_known && entry.location.line >= new_from;
        for (std::size_t i = 0; i < entry.config_keys.size(); ++i) {
            const std::string& pattern = entry.config_keys[i];
            if (!configs_matching_pattern(*inputs.config, pattern).empty()) continue;
            // A config set aside for errors of its own still exists.
            if (names_retired_config(invalid_names, pattern)) continue;
            // An old entry of a config retired since is the record of a sweep that ran.
            if (!is_new && names_retired_config(inputs.context.retired_config_names, pattern)) continue;
            std::string message = pattern.find('*') != std::string::npos
                                      ? fmt::format("config-keys pattern '{}' matches no config of the master configs",
                                                    pattern)
                                      : fmt::format("config-keys names '{}', which is not a config of the master "
                                                    "configs",
                                                    pattern);
            if (!is_new) {
                message += history_known ? " (removed since this entry was written?)"
                                         : " (removed since this entry was written? outside git, sweepc cannot tell "
                                           "new entries from old ones)";
            }
            std::optional<std::string> fix;
            if (auto suggestion = closest_match(pattern, names)) fix = fmt::format("did you mean '{}'?", *suggestion);
            findings.push_back({"changelog/unknown-config-key", is_new ? Severity::error : Severity::warning,
                                entry.config_key_locations[i], std::move(message), std::move(fix)});
        }
    }
}

}  // namespace sweepc
