// `sweepc check`: schema, config rules and shell rules in one run with one exit status, for the
// pre-commit hook and CI. Inside a suite checkout it needs no options.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/exit_codes.h"
#include "lint/config_lint.h"
#include "lint/shell_lint.h"
#include "load/config_loader.h"
#include "plan/script_conventions.h"
#include "plan/sweep.h"
#include "review/review_mode.h"
#include "source/output_format.h"
#include "source/render_sarif.h"
#include "source/review_comments.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

struct CheckOptions {
    std::vector<std::string> config_files;
    std::optional<std::string> runner_file;
    std::string suite_root = ".";
    std::optional<std::string> conventions;
    bool strict = false;
    std::optional<std::string> changed_since;         // review mode (compiler/review/review_mode.h)
    std::optional<std::string> review_comments_file;  // findings as GitHub review comments
    DiagnosticOutputOptions output{.to_stdout = true};
};

std::string under_root(const std::string& root, const std::string& relative) {
    return (fs::path(root) / relative).lexically_normal().generic_string();
}

// The suite's layout: every .github/configs/*-master.yaml, in name order so output is stable.
std::vector<std::string> default_config_files(const std::string& root) {
    std::vector<std::string> files;
    std::error_code error;
    for (fs::directory_iterator it(under_root(root, ".github/configs"), error), end; !error && it != end;
         it.increment(error)) {
        std::string name = it->path().filename().string();
        if (name.ends_with("-master.yaml")) files.push_back(under_root(root, ".github/configs/" + name));
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Every benchmark script some run resolves to, once each, in path order.
std::vector<std::string> resolved_scripts(const std::vector<Run>& runs, const ScriptConventions& conventions) {
    std::set<std::string> scripts;
    for (const Run& run : runs) {
        if (auto script = resolve_benchmark_script(run, conventions).script) scripts.insert(*script);
    }
    return {scripts.begin(), scripts.end()};
}

// Says once, on stderr, which checks the suite root did not allow, instead of a finding per run.
void note_skipped_checks(const SuiteFiles& suite) {
    if (!suite.has_folder("benchmarks")) {
        std::cerr << fmt::format("sweepc: note: no benchmarks/ folder under '{}', so config/missing-script, "
                                 "config/ignored-setting and the shell rules were not run; use --suite-root to "
                                 "point at a checkout of the suite\n",
                                 suite.root());
    }
    if (!suite.has_folder("runners")) {
        std::cerr << fmt::format("sweepc: note: no runners/ folder under '{}', so config/missing-launcher was not "
                                 "run\n",
                                 suite.root());
    }
}

void lint_resolved_scripts(const std::vector<Run>& runs, const ScriptConventions& conventions, SuiteFiles& suite,
                           Diagnostics& diagnostics, std::size_t& scripts_linted) {
    for (const std::string& script : resolved_scripts(runs, conventions)) {
        // Missing scripts are config/missing-script findings, reported by the config rules.
        if (const SourceFile* file = suite.script(script)) {
            lint_shell_script(*file, ShellLintOptions{}, diagnostics);
            ++scripts_linted;
        }
    }
}

std::string render_findings(OutputFormat format, const Diagnostics& diagnostics, const SourceMap& sources,
                            const DiagnosticOutputOptions& output) {
    if (format == OutputFormat::sarif) return render_sarif(diagnostics, all_rule_descriptions());
    const bool color = format == OutputFormat::human &&
                       (output.color == "always" ||
                        (output.color == "auto" && ::isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr));
    return render(format, diagnostics, sources, color);
}

int exit_status(const Diagnostics& diagnostics, bool strict) {
    const auto& all = diagnostics.all();
    if (std::any_of(all.begin(), all.end(), [](const Diagnostic& d) {
            return d.severity == Severity::error && (d.rule == "usage" || d.rule == "io");
        })) {
        return exit_usage;
    }
    if (diagnostics.has_errors() || (strict && diagnostics.warning_count() > 0)) return exit_findings;
    return exit_ok;
}

bool write_review_comments(const std::string& path, const Diagnostics& diagnostics) {
    std::string text = render_review_comments(diagnostics);
    std::FILE* file = std::fopen(path.c_str(), "wb");
    const bool written = file != nullptr && std::fwrite(text.data(), 1, text.size(), file) == text.size();
    if (file != nullptr && std::fclose(file) != 0) return false;
    if (!written) std::cerr << fmt::format("sweepc: error: cannot write the review comments to '{}'\n", path);
    return written;
}

int run_check(const CheckOptions& options) {
    const OutputFormat format = parse_output_format(options.output.format).value_or(OutputFormat::human);
    Diagnostics diagnostics;
    SourceMap sources;
    std::size_t scripts_linted = 0;
    ConfigInputs inputs{options.config_files,
                        options.runner_file.value_or(under_root(options.suite_root, ".github/configs/runners.yaml"))};
    std::error_code error;
    if (!fs::is_directory(options.suite_root, error)) {
        diagnostics.error("usage", SourceLocation::whole_file("--suite-root"),
                          fmt::format("suite root '{}' is not a folder", options.suite_root));
    } else if (inputs.config_files.empty()) {
        inputs.config_files = default_config_files(options.suite_root);
        if (inputs.config_files.empty()) {
            diagnostics.error("usage", SourceLocation::whole_file("--config-files"),
                              fmt::format("no --config-files given and no .github/configs/*-master.yaml under '{}'; "
                                          "run inside a checkout of the suite, or pass --config-files and "
                                          "--runner-config",
                                          options.suite_root));
        }
    }
    if (!diagnostics.has_errors()) {
        std::optional<ScriptConventions> conventions = load_script_conventions(options.conventions, sources, diagnostics);
        std::optional<Config> config = load_config(inputs, sources, diagnostics);
        if (config && conventions) {
            std::vector<Run> runs = resolve_full_sweep(*config, SweepOptions{}, diagnostics);
            SuiteFiles suite(options.suite_root, sources, diagnostics);
            lint_config({*config, runs, *conventions, suite}, sources, diagnostics);
            if (suite.has_folder("benchmarks")) lint_resolved_scripts(runs, *conventions, suite, diagnostics, scripts_linted);
            note_skipped_checks(suite);
        }
        lint_suite_changelog(options.suite_root, config ? &*config : nullptr, options.changed_since, sources,
                             diagnostics);
    }
    if (options.changed_since) {
        apply_review_mode({*options.changed_since, options.suite_root, inputs.config_files, inputs.runner_file},
                          diagnostics);
    }
    diagnostics.sort();
    if (options.review_comments_file && !write_review_comments(*options.review_comments_file, diagnostics)) {
        return exit_usage;
    }
    std::string out = render_findings(format, diagnostics, sources, options.output);
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        std::cerr << "sweepc: error: cannot write the findings to standard output\n";
        return exit_usage;
    }
    if (format == OutputFormat::human) {
        std::cerr << fmt::format("sweepc check: {} error(s), {} warning(s) in {} config file(s) and {} script(s)\n",
                                 diagnostics.error_count(), diagnostics.warning_count(), inputs.config_files.size(),
                                 scripts_linted);
    }
    return exit_status(diagnostics, options.strict);
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* command = app.add_subcommand(
        "check", "Check master configs, runners and the benchmark scripts they run (rules: docs/rules.md)");
    command->add_option("--config-files", options->config_files,
                        "Master config files (default: .github/configs/*-master.yaml under the suite root)")
        ->expected(1, -1);
    command->add_option("--runner-config", options->runner_file,
                        "Runners file (default: .github/configs/runners.yaml under the suite root)");
    command->add_option("--suite-root", options->suite_root,
                        "Checkout of the suite; benchmarks/ and runners/ are looked up under it")
        ->capture_default_str();
    command->add_option("--conventions", options->conventions,
                        "How runs name their benchmark scripts (default: the built-in script-conventions.yaml)");
    command->add_flag("--strict", options->strict, "Exit 1 on warnings too, not only on errors");
    command->add_option("--changed-since", options->changed_since,
                        "Review mode: only findings on lines changed since this git revision (docs/review.md)");
    command->add_option("--review-comments", options->review_comments_file,
                        "Also write the findings as GitHub review comments (JSON: path, line, body) to this file");
    add_diagnostic_output_options(*command, options->output);
    command->callback([options, &exit_code] { exit_code = run_check(*options); });
}

}  // namespace sweepc
