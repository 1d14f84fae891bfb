// config/missing-script: the suite's launchers build the benchmark script's path from the run's
// fields (configs/script-conventions.yaml); when no such file exists the job starts a runner,
// pulls the image and then fails with "No such file". Judged only when the suite's benchmarks/
// folder is present, since without it every run would look broken.
#include <algorithm>
#include <filesystem>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "lint/config_rule.h"
#include "source/did_you_mean.h"

namespace sweepc {
namespace {

std::string how_resolved(const Run& run, const ScriptResolution& resolution) {
    std::string text = fmt::format("{} on {}", run.multinode ? "multi-node" : "single-node", resolution.gpu);
    for (const std::string& field : resolution.chosen_by) {
        std::string value = field == "spec-decoding" ? run.spec_decoding
                            : field == "framework"   ? run.entry->framework
                            : field == "precision"   ? run.entry->precision
                                                     : run.entry->model_prefix;
        text += fmt::format(", {} {}", field, value);
    }
    return text;
}

void report_missing(ConfigRuleContext& context, ConfigRuleReport& report, const Run& run,
                    const ScriptResolution& resolution) {
    const std::string& script = *resolution.script;
    std::filesystem::path relative(script);
    std::string folder = relative.parent_path().generic_string();
    std::string advice;
    if (!context.suite.has_folder(folder)) {
        advice = fmt::format("the folder {} does not exist either", context.suite.path_of(folder));
    } else if (auto similar = closest_match(relative.filename().string(), context.suite.file_names_in(folder))) {
        advice = fmt::format("a script with a similar name exists: {}; correct model-prefix, precision or "
                             "framework so the names match, or add the script",
                             context.suite.path_of(folder + "/" + *similar));
    } else {
        advice = "add the script, or correct model-prefix, precision or framework if the config means an "
                 "existing one";
    }
    // Point at what picked the name: a row's spec-decoding for an `_mtp` script, else the config.
    bool by_row = std::find(resolution.chosen_by.begin(), resolution.chosen_by.end(), "spec-decoding") !=
                  resolution.chosen_by.end();
    SourceLocation where = by_row ? field_span(run.row->node, "spec-decoding") : run.entry->location;
    report.add(where, fmt::format("config '{}' runs {} ({}), which does not exist, so these jobs fail after "
                                  "taking a runner; {}",
                                  run.entry->key, context.suite.path_of(script), how_resolved(run, resolution),
                                  advice));
}

}  // namespace

void check_missing_script(ConfigRuleContext& context, ConfigRuleReport& report) {
    // Which script a run of this edition executes is not known to sweepc yet (check says so once).
    if (!context.config.edition->resolves_benchmark_scripts) return;
    if (!context.suite.has_folder("benchmarks")) return;
    std::set<std::tuple<const MasterEntry*, std::string>> reported;
    std::set<std::tuple<std::string, bool>> unresolved_reported;
    for (const Run& run : context.runs) {
        // An unknown runner is config/unknown-runner's finding; its GPU names no real machine.
        if (context.config.find_runner(run.runner) == nullptr) continue;
        ScriptResolution resolution = resolve_benchmark_script(run, context.conventions);
        if (!resolution.script) {
            if (!unresolved_reported.insert({resolution.gpu, run.multinode}).second) continue;
            report.note(entry_field_span(*run.entry, "runner"),
                        fmt::format("no convention in {} names the benchmark script of {} runs on GPU '{}', so "
                                    "sweepc cannot check the scripts of '{}' and other such configs; add one to "
                                    "the conventions (--conventions FILE)",
                                    context.conventions.source, run.multinode ? "multi-node" : "single-node",
                                    resolution.gpu, run.entry->key));
            continue;
        }
        if (context.suite.has_file(*resolution.script)) continue;
        if (!reported.insert({run.entry, *resolution.script}).second) continue;
        report_missing(context, report, run, resolution);
    }
}

}  // namespace sweepc
