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
#include "lint/run_scripts.h"
#include "source/did_you_mean.h"

namespace sweepc {
namespace {

std::string how_resolved(const Run& run, const ScriptResolution& resolution) {
    std::string text = fmt::format("{} on {}", run.multinode ? "multi-node" : "single-node", resolution.gpu);
    if (!resolution.launcher.empty()) text += fmt::format(" by runners/launch_{}.sh", resolution.launcher);
    for (const std::string& field : resolution.chosen_by) {
        std::string value = field == "spec-decoding" ? run.spec_decoding
                            : field == "framework"   ? run.entry->framework
                            : field == "precision"   ? run.entry->precision
                                                     : run.entry->model_prefix;
        text += fmt::format(", {} {}", field, value);
    }
    for (const std::string& tried : resolution.tried) text += fmt::format(", after {} was not found", tried);
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
        for (const ScriptResolution& resolution :
             resolve_run_scripts(run, context.config, context.conventions, context.suite)) {
            // A run that submits an srt-slurm recipe executes no benchmarks/ script
            // (config/missing-recipe judges it).
            if (resolution.recipe) continue;
            if (resolution.outside_suite) {
                if (reported.insert({run.entry, *resolution.outside_suite}).second) {
                    report.add(entry_field_span(*run.entry, "model-prefix"),
                               describe_script_outside_suite(run, *resolution.outside_suite));
                }
                continue;
            }
            if (!resolution.script) {
                std::string kind = resolution.launcher.empty() ? fmt::format("GPU '{}'", resolution.gpu)
                                                               : fmt::format("launcher '{}'", resolution.launcher);
                if (!unresolved_reported.insert({kind, run.multinode}).second) continue;
                report.note(entry_field_span(*run.entry, "runner"),
                            fmt::format("no convention in {} for the {} edition names the benchmark script of {} runs "
                                        "on {}, so sweepc cannot check the scripts of '{}' and other such configs; add "
                                        "one to the conventions (--conventions FILE)",
                                        context.conventions.source, run.edition->name,
                                        run.multinode ? "multi-node" : "single-node", kind, run.entry->key));
                continue;
            }
            if (context.suite.has_file(*resolution.script)) continue;
            if (!reported.insert({run.entry, *resolution.script}).second) continue;
            report_missing(context, report, run, resolution);
        }
    }
}

}  // namespace sweepc
