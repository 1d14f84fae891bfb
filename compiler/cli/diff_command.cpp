// `sweepc diff`: what a change does to the sweep, for a PR comment or a script.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/exit_codes.h"
#include "lint/changelog_lint.h"
#include "review/changelog_plan.h"
#include "review/config_version.h"
#include "review/diff_report.h"
#include "review/sweep_diff.h"

namespace sweepc {
namespace {

struct DiffCommandOptions {
    std::optional<std::string> base;
    std::optional<std::string> head;
    std::vector<std::string> config_files;
    std::optional<std::string> runner_file;
    std::vector<std::string> base_files;
    std::vector<std::string> head_files;
    std::optional<std::string> base_runner_file;
    std::optional<std::string> head_runner_file;
    std::string suite_root = ".";
    std::optional<std::string> changelog_file;
    std::string format = "markdown";
    std::optional<std::string> output_file;
    bool strict = false;
    DiagnosticOutputOptions diagnostics_output;
};

// The changelog entries the change added, for the uncovered-change finding; nothing when the
// suite keeps no changelog (then no finding can be made).
std::optional<std::vector<ChangelogEntry>> added_changelog_entries(const DiffCommandOptions& options,
                                                                  std::string& changelog_file, SourceMap& sources,
                                                                  Diagnostics& diagnostics) {
    changelog_file = options.changelog_file.value_or(
        (std::filesystem::path(options.suite_root) / default_changelog_file).lexically_normal().generic_string());
    std::error_code error;
    if (!options.changelog_file && !std::filesystem::exists(changelog_file, error)) return std::nullopt;
    std::optional<ChangelogAdditions> additions =
        read_changelog_additions(*options.base, options.head.value_or(""), changelog_file, diagnostics);
    if (!additions) return std::nullopt;
    const bool nothing_added = additions->text.find_first_not_of(" \t\r\n") == std::string::npos;
    if (nothing_added) return std::vector<ChangelogEntry>{};
    Diagnostics parse_problems;
    std::optional<AddedChangelog> added = parse_changelog_additions(*additions, sources, parse_problems);
    for (const Diagnostic& problem : parse_problems.all()) diagnostics.add(problem);
    if (!added) return std::nullopt;
    return added->entries;
}

int write_output(const DiffCommandOptions& options, const std::string& text) {
    if (options.output_file) {
        std::ofstream out(*options.output_file, std::ios::binary);
        out << text;
        if (!out) {
            std::cerr << fmt::format("sweepc: error: cannot write '{}'\n", *options.output_file);
            return exit_usage;
        }
        return exit_ok;
    }
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
        std::cerr << "sweepc: error: cannot write the diff to standard output\n";
        return exit_usage;
    }
    return exit_ok;
}

int run_diff(const DiffCommandOptions& options) {
    Diagnostics diagnostics;
    SourceMap sources;
    const bool git_mode = options.base.has_value();
    if (git_mode == !options.base_files.empty()) {
        diagnostics.error("usage", SourceLocation::whole_file("--base"),
                          "give either --base REV (compare git revisions) or --base-files and --head-files "
                          "(compare two sets of files)");
        return report_diagnostics(diagnostics, sources, options.diagnostics_output);
    }
    if (!git_mode && options.head_files.empty()) {
        diagnostics.error("usage", SourceLocation::whole_file("--head-files"),
                          "--base-files needs --head-files: the configs to compare against");
        return report_diagnostics(diagnostics, sources, options.diagnostics_output);
    }
    ConfigVersionSpec base_spec;
    ConfigVersionSpec head_spec;
    base_spec.suite_root = head_spec.suite_root = options.suite_root;
    if (git_mode) {
        base_spec.revision = options.base;
        head_spec.revision = options.head;
        base_spec.config_files = head_spec.config_files = options.config_files;
        base_spec.runner_file = head_spec.runner_file = options.runner_file;
    } else {
        base_spec.config_files = options.base_files;
        head_spec.config_files = options.head_files;
        base_spec.runner_file = options.base_runner_file ? options.base_runner_file : options.runner_file;
        head_spec.runner_file = options.head_runner_file ? options.head_runner_file : options.runner_file;
    }
    std::unique_ptr<ConfigVersion> base = load_config_version(base_spec, sources, diagnostics);
    std::unique_ptr<ConfigVersion> head = load_config_version(head_spec, sources, diagnostics);
    if (!base->ok() || !head->ok()) return report_diagnostics(diagnostics, sources, options.diagnostics_output);
    if (!git_mode) {
        base->label = fmt::format("{}", fmt::join(options.base_files, " "));
        head->label = fmt::format("{}", fmt::join(options.head_files, " "));
    }

    SweepDiff diff = diff_sweeps(*base, *head);
    std::vector<Diagnostic> findings;
    if (git_mode) {
        std::string changelog_file;
        if (auto added = added_changelog_entries(options, changelog_file, sources, diagnostics)) {
            findings = find_uncovered_changes(diff, *added, changelog_file);
        }
    }
    const std::string text =
        options.format == "json" ? render_diff_json(diff, findings) : render_diff_markdown(diff, findings) + "\n";
    const int written = write_output(options, text);
    if (written != exit_ok) return written;
    if (!diagnostics.empty()) {
        const int status = report_diagnostics(diagnostics, sources, options.diagnostics_output);
        if (status != exit_ok) return status;
    }
    return options.strict && !findings.empty() ? exit_findings : exit_ok;
}

}  // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<DiffCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "diff", "What a change does to the sweep: configs and runs added, removed and changed, jobs and GPUs");
    command->add_option("--base", options->base, "Git revision before the change (e.g. origin/main)");
    command->add_option("--head", options->head, "Git revision with the change (default: the working tree)");
    command->add_option("--config-files", options->config_files,
                        "Master configs to compare (default: .github/configs/*-master.yaml of each side)")
        ->expected(1, -1);
    command->add_option("--runner-config", options->runner_file,
                        "Runners file (default: .github/configs/runners.yaml)");
    command->add_option("--suite-root", options->suite_root, "Folder of the suite inside the repository")
        ->capture_default_str();
    command->add_option("--base-files", options->base_files, "Compare files instead: the master configs before")
        ->expected(1, -1);
    command->add_option("--head-files", options->head_files, "... and the master configs after")->expected(1, -1);
    command->add_option("--base-runner-config", options->base_runner_file, "Runners file before (file mode)");
    command->add_option("--head-runner-config", options->head_runner_file, "Runners file after (file mode)");
    command->add_option("--changelog-file", options->changelog_file,
                        "Changelog whose new entries must name every changed config (default: perf-changelog.yaml "
                        "when it exists)");
    command->add_option("--format", options->format, "markdown (a PR comment) or json")
        ->check(CLI::IsMember({"markdown", "json"}))
        ->capture_default_str();
    command->add_option("--output", options->output_file, "Write the report to this file instead of stdout");
    command->add_flag("--strict", options->strict, "Exit 1 when a changed config has no changelog entry");
    command->callback([options, &exit_code] { exit_code = run_diff(*options); });
}

}  // namespace sweepc
