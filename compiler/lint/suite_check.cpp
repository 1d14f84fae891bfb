#include "lint/suite_check.h"

#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "edition/edition.h"
#include "edition/suite_layout.h"
#include "lint/config_lint.h"
#include "lint/run_scripts.h"
#include "lint/shell_lint.h"
#include "load/config_loader.h"
#include "plan/script_conventions.h"
#include "plan/sweep.h"
#include "review/config_version.h"
#include "review/review_mode.h"
#include "source/escape.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

// Every benchmark script some run resolves to on some launcher, once each, in path order.
std::vector<std::string> resolved_scripts(const std::vector<Run>& runs, const Config& config,
                                          const ScriptConventions& conventions, SuiteFiles& suite) {
    std::set<std::string> scripts;
    for (const Run& run : runs) {
        for (const ScriptResolution& resolution : resolve_run_scripts(run, config, conventions, suite)) {
            if (resolution.script) scripts.insert(*resolution.script);
        }
    }
    return {scripts.begin(), scripts.end()};
}

// The runner launch scripts (runners/*.sh): the job runs one of them for every run, so the shell
// rules apply to them as to benchmark scripts. Which benchmark script a launcher builds is the
// script conventions' business, not checked here.
void lint_launchers(SuiteFiles& suite, Diagnostics& diagnostics, std::size_t& scripts_linted) {
    for (const std::string& name : suite.file_names_in("runners")) {
        if (!name.ends_with(".sh")) continue;
        if (const SourceFile* file = suite.script("runners/" + name)) {
            lint_shell_script(*file, ShellLintOptions{}, diagnostics);
            ++scripts_linted;
        }
    }
}

std::vector<std::string> skipped_checks(const SuiteFiles& suite) {
    std::vector<std::string> notes;
    if (!suite.has_folder("benchmarks")) {
        notes.push_back(fmt::format("no benchmarks/ folder under '{}', so config/missing-script, config/ignored-setting "
                                    "and the shell rules were not run; use --suite-root to point at a checkout of the "
                                    "suite",
                                    suite.root()));
    }
    if (!suite.has_folder("runners")) {
        notes.push_back(fmt::format("no runners/ folder under '{}', so config/missing-launcher, config/missing-recipe, "
                                    "config/recipe-mismatch and the shell rules on launch scripts were not run",
                                    suite.root()));
    }
    return notes;
}

// Checks the configs' edition does not support yet, said once each instead of guessed at.
void skip_unsupported_checks(const Edition& edition, std::vector<std::string>& notes) {
    if (!edition.resolves_benchmark_scripts) {
        notes.push_back(fmt::format("the configs are in the {} edition, whose runs' benchmark scripts sweepc does not "
                                    "resolve yet, so config/missing-script, config/ignored-setting and the shell rules "
                                    "on those scripts were not run",
                                    edition.name));
    }
}

}  // namespace

SuiteCheck check_suite(const SuiteCheckInputs& inputs) {
    SuiteCheck check;
    check.config_files = inputs.config_files;
    check.runner_file = inputs.runner_file.value_or("");
    std::error_code error;
    if (!fs::is_directory(inputs.suite_root, error)) {
        check.diagnostics.error("usage", SourceLocation::whole_file("--suite-root"),
                                fmt::format("suite root '{}' is not a folder", inputs.suite_root));
        return check;
    }
    // The suite's layout of either edition: configs/*-master.yaml or .github/configs/*-master.yaml,
    // with the runners file beside them.
    std::optional<SuiteConfigFiles> layout = find_suite_config_files(inputs.suite_root);
    if (check.config_files.empty() && layout) check.config_files = layout->master_files;
    if (check.runner_file.empty() && layout) check.runner_file = layout->runner_file;
    if (check.config_files.empty()) {
        check.diagnostics.error("usage", SourceLocation::whole_file("--config-files"),
                                fmt::format("no --config-files given and no {} under '{}'; run inside a checkout of "
                                            "the suite, or pass --config-files and --runner-config",
                                            suite_config_patterns(), inputs.suite_root));
        return check;
    }
    Diagnostics& diagnostics = check.diagnostics;
    std::optional<ScriptConventions> conventions = load_script_conventions(inputs.conventions, check.sources, diagnostics);
    ConfigInputs config_inputs{check.config_files, check.runner_file};
    config_inputs.edition = inputs.edition;
    // A config with errors of its own is left out; every other one is still checked.
    config_inputs.set_aside_invalid_entries = true;
    std::optional<Config> config = load_config(config_inputs, check.sources, diagnostics);
    if (config) check.runner_file = config->runner_file;
    if (config && conventions) {
        // The sweep stops at errors already reported; those of configs set aside are not its own.
        Diagnostics sweep_problems;
        SweepOptions full_sweep;
        full_sweep.max_runs = inputs.max_runs;
        std::vector<Run> runs = resolve_full_sweep(*config, full_sweep, sweep_problems);
        for (const Diagnostic& problem : sweep_problems.all()) diagnostics.add(problem);
        SuiteFiles suite(inputs.suite_root, check.sources, diagnostics);
        lint_config({*config, runs, *conventions, suite}, check.sources, diagnostics);
        if (suite.has_folder("benchmarks") && config->edition->resolves_benchmark_scripts) {
            for (const std::string& script : resolved_scripts(runs, *config, *conventions, suite)) {
                // Missing scripts are config/missing-script findings, reported by the config rules.
                if (const SourceFile* file = suite.script(script)) {
                    lint_shell_script(*file, ShellLintOptions{}, diagnostics);
                    ++check.scripts_linted;
                }
            }
        }
        lint_launchers(suite, diagnostics, check.scripts_linted);
        check.skipped_checks = skipped_checks(suite);
        for (const MasterEntry& entry : config->invalid_entries) {
            check.skipped_checks.push_back(fmt::format(
                "config {} ({}:{}) has errors of its own, so the config rules and the shell rules on its scripts "
                "skipped it; the other configs were checked",
                quoted_value(entry.key), visible_text(entry.location.file), entry.location.line));
        }
        skip_unsupported_checks(*config->edition, check.skipped_checks);
    }
    lint_suite_changelog({inputs.suite_root, inputs.changelog_base, inputs.changelog_git_path, inputs.repository},
                         config ? &*config : nullptr, check.sources, diagnostics);
    return check;
}

}  // namespace sweepc
