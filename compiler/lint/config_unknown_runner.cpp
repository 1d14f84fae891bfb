// config/unknown-runner: every config's runner must be a runner type (2026-08: a label) of
// runners.yaml, which lists the nodes that carry it. A job is queued for GitHub runners with that
// label; no listed node has it, the generator's --runner-type and --runner-node-filter never select
// the config, and its hardware facts are unknown. The fix is never a label of another GPU: a
// did-you-mean across GPUs would move the benchmark to different hardware.
#include <fmt/format.h>

#include "lint/config_rule.h"
#include "plan/script_conventions.h"
#include "source/did_you_mean.h"

namespace sweepc {
namespace {

std::string_view unscoped(std::string_view label) {
    if (auto scope = label.rfind(':'); scope != std::string_view::npos) label.remove_prefix(scope + 1);
    return label;
}

struct Advice {
    std::string text;
    std::optional<std::string> label;  // the fix, when one label is certainly meant
};

Advice advise(const MasterEntry& entry, ConfigRuleContext& context, std::string_view kind) {
    const Config& config = context.config;
    // The same fleet under its scoped (or unscoped) name: gb300-nv -> cluster:gb300-nv.
    for (const RunnerType& runner : config.runner_types) {
        if (unscoped(runner.name) == unscoped(entry.runner)) {
            return {fmt::format("'{}' names the same machines and is listed with its nodes; use it", runner.name),
                    runner.name};
        }
    }
    // A launcher for the fleet exists, so only runners.yaml lacks it.
    const std::string launcher = fmt::format("runners/launch_{}.sh", unscoped(entry.runner));
    if (context.suite.has_file(launcher)) {
        return {fmt::format("{} exists, so the fleet does, but {} lists none of its nodes; add '{}' to {} with its "
                            "nodes",
                            context.suite.path_of(launcher), config.runner_file, entry.runner, config.runner_file),
                std::nullopt};
    }
    // A typo: of a label of the same GPU when the GPU is one runners.yaml knows, else of any label.
    std::vector<std::string> all, same_gpu;
    for (const RunnerType& runner : config.runner_types) {
        all.push_back(runner.name);
        if (gpu_of(runner.name) == gpu_of(entry.runner)) same_gpu.push_back(runner.name);
    }
    if (std::optional<std::string> suggestion = closest_match(entry.runner, same_gpu.empty() ? all : same_gpu)) {
        return {fmt::format("did you mean '{}'?", *suggestion), *suggestion};
    }
    return {fmt::format("add it to {} with its nodes, or use one of the {}s defined there", config.runner_file, kind),
            std::nullopt};
}

}  // namespace

void check_unknown_runner(ConfigRuleContext& context, ConfigRuleReport& report) {
    const std::string_view kind = context.config.edition->runner_labels_key.empty() ? "runner type" : "runner label";
    for (const MasterEntry& entry : context.config.entries) {
        if (context.config.find_runner(entry.runner) != nullptr) continue;
        Advice advice = advise(entry, context, kind);
        report.add(entry_field_span(entry, "runner"),
                   fmt::format("runner '{}' of config '{}' is not a {} in {}: its jobs wait for a runner with that "
                               "label, which none of the nodes listed there has, and --runner-type or "
                               "--runner-node-filter never select them; {}",
                               entry.runner, entry.key, kind, context.config.runner_file, advice.text),
                   advice.label ? std::optional<std::string>("runner: " + *advice.label) : std::nullopt);
    }
}

}  // namespace sweepc
