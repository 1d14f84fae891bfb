// `sweepc emit`: compiles the master configs into the checked-in output folder (generated/).
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/edition_option.h"
#include "cli/exit_codes.h"
#include "cli/integer_option.h"
#include "cli/max_runs_option.h"
#include "edition/suite_layout.h"
#include "emit/emit_tree.h"
#include "emit/github_output.h"
#include "emit/output_tree.h"
#include "load/config_loader.h"
#include "load/suite_root.h"
#include "plan/script_conventions.h"
#include "plan/sweep.h"
#include "source/escape.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

// Without --config-files: the master configs of the suite found from the current folder upwards
// (either edition's layout), else this project's own configs/master.yaml and configs/runners.yaml.
constexpr const char* own_master_config = "configs/master.yaml";
constexpr const char* own_runner_config = "configs/runners.yaml";

struct EmitOptions {
    ConfigInputs inputs;
    std::string edition;  // --edition; empty: detected
    std::optional<std::string> conventions;
    std::string out = "generated";
    std::size_t max_jobs = default_max_jobs;
    std::int64_t max_runs = default_max_runs;  // also the most files emit writes
    bool check = false;
    bool github_output = false;  // also list the matrix parts in $GITHUB_OUTPUT
    bool force = false;
    DiagnosticOutputOptions output;
};

// `parts` (matrix/index.json's list of files, one line: small whatever the sweep's size) and
// `total-jobs`, so a workflow can start one job per part and each reads its own matrix file.
bool append_parts_to_github_output(const OutputTree& tree, Diagnostics& diagnostics) {
    const nlohmann::ordered_json index = nlohmann::ordered_json::parse(tree.at("matrix/index.json").content);
    return append_github_output_lines({{"parts", index["files"].dump()}, {"total-jobs", index["total-jobs"].dump()}},
                                      diagnostics);
}

int report_check(const std::vector<std::string>& differences, const EmitOptions& options) {
    if (differences.empty()) {
        std::cout << log_safe_text(fmt::format("{} is up to date\n", visible_text(options.out)));
        return exit_ok;
    }
    // Paths on disk are anyone's; compare_output_tree shows them visibly, and no line may start a
    // workflow command in a CI log.
    std::string listed;
    for (const std::string& line : differences) listed += line + "\n";
    std::cout << log_safe_text(listed);
    std::cerr << log_safe_text(fmt::format("sweepc: {} is out of date ({} difference{}); run `sweepc emit` with the "
                                           "same arguments, without --check, to update it\n",
                                           visible_text(options.out), differences.size(),
                                           differences.size() == 1 ? "" : "s"));
    return exit_findings;
}

// A suite found above the current folder: emit works from its root, as git does for commands on
// the whole tree, so what it writes (generated/ at the root, the paths in plan.md and in the run
// scripts) is the same from any folder of the checkout, and its messages name files from the root
// as `git diff` does. Paths given relative to the current folder are re-expressed from the root.
void work_from_suite_root(const std::string& root, bool out_given, EmitOptions& options) {
    const fs::path here = fs::current_path();
    const fs::path top = fs::canonical(root);
    const auto from_root = [&](std::string& path) {
        if (!path.empty() && fs::path(path).is_relative()) path = (here / path).lexically_relative(top).generic_string();
    };
    from_root(options.inputs.runner_file);
    if (options.conventions) from_root(*options.conventions);
    if (out_given) from_root(options.out);
    fs::current_path(top);
}

int run_emit(EmitOptions& options) {
    Diagnostics diagnostics;
    SourceMap sources;
    ConfigInputs& inputs = options.inputs;
    inputs.edition = chosen_edition(options.edition);
    if (inputs.config_files.empty()) {
        if (std::optional<SuiteConfigFiles> layout = find_suite_config_files(".")) {
            inputs.config_files = layout->master_files;
            if (inputs.runner_file.empty()) inputs.runner_file = layout->runner_file;
        } else {
            inputs.config_files = {own_master_config};
            if (inputs.runner_file.empty()) inputs.runner_file = own_runner_config;
        }
    }
    if (options.max_jobs == 0) {
        diagnostics.error("usage", SourceLocation{"--max-jobs", 0, 0, 0, 0},
                          "--max-jobs must be at least 1 (GitHub Actions allows up to 256 jobs per matrix)");
        return report_diagnostics(diagnostics, sources, options.output);
    }
    std::optional<Config> config = load_config(options.inputs, sources, diagnostics);
    std::optional<ScriptConventions> conventions = load_script_conventions(options.conventions, sources, diagnostics);
    if (!config || !conventions) return report_diagnostics(diagnostics, sources, options.output);
    if (!config->edition->writes_run_scripts) {
        diagnostics.error("usage", SourceLocation::whole_file(config->runner_file),
                          fmt::format("the configs are in the {} edition ({}), whose benchmark job environment (its "
                                      "parallelism and agentic variables) sweepc does not write run scripts for yet; "
                                      "`sweepc matrix full-sweep` prints its matrix",
                                      config->edition->name, config->edition_reason));
        return report_diagnostics(diagnostics, sources, options.output);
    }

    SweepOptions sweep;  // the full sweep with the generator's defaults: every run of every config
    sweep.max_runs = options.max_runs;
    // ... with the edition's default eval marking (2026-08 marks its eval subset unless --no-evals).
    sweep.evals = config->edition->evals_on_by_default ? EvalMode::run_evals : EvalMode::none;
    std::vector<Run> runs = resolve_sweep(*config, sweep, diagnostics);
    if (diagnostics.has_errors()) return report_diagnostics(diagnostics, sources, options.output);

    EmitSettings settings;
    settings.input_files = options.inputs.config_files;
    settings.input_files.push_back(options.inputs.runner_file);
    settings.max_jobs = options.max_jobs;
    settings.max_files = options.max_runs;
    std::optional<OutputTree> tree = build_emit_tree(*config, runs, *conventions, settings, diagnostics);
    if (!tree) return report_diagnostics(diagnostics, sources, options.output);

    if (options.check) {
        if (!diagnostics.empty()) report_diagnostics(diagnostics, sources, options.output);
        return report_check(compare_output_tree(*tree, options.out), options);
    }
    if (!replace_folder_atomically(*tree, options.out, ReplaceOptions{options.force}, diagnostics) ||
        (options.github_output && !append_parts_to_github_output(*tree, diagnostics))) {
        return report_diagnostics(diagnostics, sources, options.output);
    }
    if (!diagnostics.empty()) report_diagnostics(diagnostics, sources, options.output);
    std::cout << log_safe_text(
        fmt::format("wrote {} files for {} runs to {}\n", tree->size(), runs.size(), visible_text(options.out)));
    return exit_ok;
}

}  // namespace

void add_emit_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<EmitOptions>();
    CLI::App* command = app.add_subcommand(
        "emit", "Compile the configs into matrices, per-run scripts and a plan (default: configs/ -> generated/)");
    command->add_option("--config-files", options->inputs.config_files,
                        fmt::format("Master config files (YAML; default: {}, else {})", suite_config_patterns(),
                                    own_master_config))
        ->expected(1, -1);
    command->add_option("--runner-config", options->inputs.runner_file,
                        fmt::format("Runners file (YAML; default: the one beside the master configs, else {})",
                                    own_runner_config));
    add_edition_option(*command, options->edition);
    command->add_option("--conventions", options->conventions,
                        "Benchmark script conventions (YAML; default: the built-in configs/script-conventions.yaml)");
    CLI::Option* out = command->add_option(
        "--out", options->out,
        "Output folder, replaced as a whole (default: generated, at the root of the suite when one is found above "
        "the current folder)");
    command->add_option("--max-jobs", options->max_jobs, "Most jobs in one matrix file; larger ones are split")
        ->capture_default_str()
        ->check(integer_option(options->max_jobs));
    add_max_runs_option(*command, options->max_runs);
    command->add_flag("--check", options->check,
                      "Write nothing; exit 1 listing the differences when the output folder is out of date");
    command->add_flag("--github-output", options->github_output,
                      "Also append `parts` (the matrix files, as in matrix/index.json) and `total-jobs` to "
                      "$GITHUB_OUTPUT, for a workflow that starts one job per part");
    command->add_flag("--force", options->force,
                      "Also overwrite files changed since sweepc wrote them, delete files it did not write, and "
                      "replace an output folder without its manifest");
    command->add_option("--max-input-size", options->inputs.max_input_bytes, "Largest input file to read, in bytes")
        ->capture_default_str()
        ->check(integer_option(options->inputs.max_input_bytes));
    add_diagnostic_output_options(*command, options->output);
    command->callback([options, out, &exit_code] {
        if (options->inputs.config_files.empty()) {
            const std::optional<std::string> root = find_suite_root(".");
            if (root && *root != ".") work_from_suite_root(*root, out->count() > 0, *options);
        }
        exit_code = run_emit(*options);
    });
}

}  // namespace sweepc
