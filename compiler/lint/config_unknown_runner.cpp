// config/unknown-runner: a config whose runner type is not in runners.yaml has no machine to run
// on; its jobs sit queued until they time out, which is how this was noticed before.
#include <fmt/format.h>

#include "lint/config_rule.h"
#include "source/did_you_mean.h"

namespace sweepc {

void check_unknown_runner(ConfigRuleContext& context, ConfigRuleReport& report) {
    std::vector<std::string> known;
    for (const RunnerType& runner : context.config.runner_types) known.push_back(runner.name);
    for (const MasterEntry& entry : context.config.entries) {
        if (context.config.find_runner(entry.runner) != nullptr) continue;
        std::optional<std::string> suggestion = closest_match(entry.runner, known);
        std::string advice = suggestion ? fmt::format("did you mean '{}'?", *suggestion)
                                        : fmt::format("add it to {} with its nodes, or use one of the runner types "
                                                      "defined there", context.config.runner_file);
        report.add(entry_field_span(entry, "runner"),
                   fmt::format("runner '{}' of config '{}' is not a runner type in {}, so its jobs never find a "
                               "machine and wait until they time out; {}",
                               entry.runner, entry.key, context.config.runner_file, advice),
                   suggestion ? std::optional<std::string>("runner: " + *suggestion) : std::nullopt);
    }
}

}  // namespace sweepc
