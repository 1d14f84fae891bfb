#include "emit/run_script.h"

#include <fmt/format.h>

#include "emit/file_name.h"
#include "emit/job_environment.h"
#include "emit/matrix_entry.h"
#include "emit/python_json.h"
#include "emit/run_kind.h"
#include "emit/shell_quote.h"
#include "plan/sequence_length.h"

namespace sweepc {
namespace {

const char* bool_text(bool value) { return value ? "true" : "false"; }

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += separator;
        out += items[i];
    }
    return out;
}

std::vector<std::string> numbers(const std::vector<std::int64_t>& values) {
    std::vector<std::string> out;
    for (std::int64_t value : values) out.push_back(std::to_string(value));
    return out;
}

std::string worker_id(const char* role, const Worker& worker) {
    return fmt::format("{}-n{}-tp{}{}-ep{}-dpa{}", role, worker.num_worker, worker.tp,
                       extra_parallelism(worker.pp, worker.dcp_size, worker.pcp_size, "-"), worker.ep,
                       bool_text(worker.dp_attn));
}

std::string location_text(const SourceLocation& location) {
    return single_line_text(fmt::format("{}:{}", location.file, location.line));
}

void append_header_target(std::string& out, const RunTarget& target) {
    const ScriptResolution& resolution = target.resolution;
    if (!target.scripts.empty()) {
        out += fmt::format("# benchmark script: {} (gpu {}{}{})\n", single_line_text(target.scripts.front()),
                           single_line_text(resolution.gpu), resolution.chosen_by.empty() ? "" : ", suffixes from ",
                           join(resolution.chosen_by, ", "));
        for (std::size_t i = 1; i < target.scripts.size(); ++i) {
            out += fmt::format("# else, when the one before does not exist: {}\n", single_line_text(target.scripts[i]));
        }
    } else if (resolution.recipe) {
        out += "# benchmark script: none; the run submits an srt-slurm recipe (CONFIG_FILE)\n";
        if (target.recipe) {
            // Emit does not look at the suite's files: where the recipe is read from is said
            // conditionally (`sweepc check` reports a recipe that neither place holds).
            out += fmt::format("# srt-slurm recipe: CONFIG_FILE={} ({})\n", single_line_text(*target.recipe),
                               target.recipe_in_repo
                                   ? single_line_text(*target.recipe_in_repo) +
                                         " when the suite holds it, else the srt-slurm checkout the launcher pins"
                                   : std::string("from the srt-slurm checkout the launcher pins"));
        } else {
            out += "# srt-slurm recipe: none; no worker's additional-settings sets CONFIG_FILE, so the launcher "
                   "stops\n";
        }
    } else {
        out += fmt::format("# benchmark script: none; no script convention covers gpu {}\n",
                           single_line_text(resolution.gpu));
    }
}

void append_environment(std::string& out, const Run& run) {
    const std::optional<std::vector<JobVariable>> environment = job_environment(run);
    if (!environment) return;  // emit_tree refuses runs without one before writing scripts
    for (const JobVariable& variable : *environment) {
        switch (variable.kind) {
            case JobValueKind::text:
                out += fmt::format("export {}={}\n", variable.name, shell_single_quote(variable.value));
                break;
            case JobValueKind::shell:
                out += fmt::format("export {}=\"{}\"\n", variable.name, variable.value);
                break;
            case JobValueKind::node:
                out += fmt::format("if [[ -z \"${{{}:-}}\" ]]; then\n", variable.name);
                out += fmt::format("  {}={}\n", variable.name, shell_single_quote(variable.value));
                out += "fi\n";
                out += fmt::format("export {}\n", variable.name);
                break;
            case JobValueKind::settings:
                for (const auto& [name, value] : variable.assignments) {
                    out += fmt::format("export {}={}\n", name, shell_single_quote(value));
                }
                break;
        }
    }
}

}  // namespace

std::string run_id(const Run& run) {
    std::string id = run.agentic ? fmt::format("agentic_kv-{}", run.kv_offloading)
                                 : sequence_length_name(*run.edition, run.isl, run.osl);
    if (run.multinode) {
        id += fmt::format("_{}_{}_spec-{}_conc{}", worker_id("prefill", *run.prefill),
                          worker_id("decode", *run.decode), run.spec_decoding, join(numbers(run.conc), "-"));
    } else {
        id += fmt::format("_tp{}{}-ep{}-dpa{}_spec-{}_conc{}", run.tp,
                          extra_parallelism(run.pp, run.dcp_size, run.pcp_size, "-"), run.ep, bool_text(run.dp_attn),
                          run.spec_decoding, run.conc.front());
    }
    if (run.runner != run.entry->runner) id += "_" + run.runner;  // node-expanded runs
    return file_name_component(id);
}

std::string run_script_text(const Run& run, const RunTarget& target) {
    const MasterEntry& entry = *run.entry;
    const ScriptResolution& resolution = target.resolution;
    std::string out = "#!/usr/bin/env bash\n";
    // Config values are single-quoted on purpose so nothing in them expands; these ShellCheck
    // checks only say exactly that (SC2016: no expansion in single quotes; SC2089/SC2090: quotes
    // in a value stay literal), so they are off for the whole file.
    out += "# shellcheck disable=SC2016,SC2089,SC2090\n";
    out += "# Generated by `sweepc emit`. Do not edit: change the config and run `sweepc emit` again.\n";
    out += fmt::format("# config: {} {}\n", location_text(entry.location), single_line_text(entry.key));
    out += fmt::format("# search-space row: {}\n", location_text(run.row->location));
    append_header_target(out, target);
    out += fmt::format("# matrix entry: {}\n", single_line_text(python_json(matrix_entry(run))));
    out += "#\n";
    out += "# Run from the suite's root folder, or set SUITE_ROOT to it. RUNNER_NAME is taken from the\n";
    out += "# environment when set (the node a job lands on), else it is the runner the plan names.\n";
    out += "set -euo pipefail\n\n";
    append_environment(out, run);
    out += "\n";

    if (resolution.recipe) {
        // The launcher of the node submits the srt-slurm recipe CONFIG_FILE names; no benchmark
        // script stands for the run, so running this file alone cannot reproduce it.
        out += "echo 'sweepc run script: this run submits the srt-slurm recipe its additional-settings name "
               "(CONFIG_FILE) through its node'\\''s runners/launch_*.sh; run it there' >&2\n";
        out += "exit 2\n";
        return out;
    }
    if (target.scripts.empty()) {
        const std::string message = fmt::format(
            "sweepc run script: no benchmark script convention covers gpu {} (configs/script-conventions.yaml)",
            resolution.gpu);
        out += fmt::format("echo {} >&2\n", shell_single_quote(message));
        out += "exit 2\n";
        return out;
    }
    out += fmt::format("benchmark_script={}\n", shell_single_quote(target.scripts.front()));
    out += "cd \"${SUITE_ROOT:-.}\"\n";
    // The launcher takes the first candidate that exists, and the last one when none does.
    for (std::size_t i = 1; i < target.scripts.size(); ++i) {
        out += "if [[ ! -f \"${benchmark_script}\" ]]; then\n";
        out += fmt::format("  benchmark_script={}\n", shell_single_quote(target.scripts[i]));
        out += "fi\n";
    }
    out += "if [[ ! -f \"${benchmark_script}\" ]]; then\n";
    out += "  echo \"sweepc run script: benchmark script not found: ${PWD}/${benchmark_script}\" >&2\n";
    out += "  exit 127\n";
    out += "fi\n";
    out += "exec bash \"${benchmark_script}\"\n";
    return out;
}

}  // namespace sweepc
