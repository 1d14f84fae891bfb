// `sweepc diff`: what a change does to the sweep, for a PR comment or a script.
#include <algorithm>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/edition_option.h"
#include "cli/exit_codes.h"
#include "cli/max_runs_option.h"
#include "edition/suite_layout.h"
#include "lint/changelog_lint.h"
#include "load/suite_root.h"
#include "plan/script_conventions.h"
#include "plan/sweep_options.h"
#include "plan/sequence_length.h"
#include "review/changelog_plan.h"
#include "review/config_version.h"
#include "review/diff_report.h"
#include "review/script_changes.h"
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
    std::optional<std::string> conventions;
    std::string format = "markdown";
    std::optional<std::string> output_file;
    bool strict = false;
    std::string edition;  // --edition for both sides; empty: detected on each
    std::int64_t max_runs = default_max_runs;
    DiagnosticOutputOptions diagnostics_output;
};

// "origin/main:path" -> "path": a PR comment names files as the repository does.
void strip_revision_prefixes(Diagnostic& finding, const std::vector<std::string>& labels) {
    for (const std::string& label : labels) {
        const std::string prefix = label + ":";
        if (label.empty()) continue;
        if (finding.location.file.starts_with(prefix)) finding.location.file.erase(0, prefix.size());
        for (std::size_t at = finding.message.find(prefix); at != std::string::npos; at = finding.message.find(prefix, at)) {
            finding.message.erase(at, prefix.size());
        }
    }
}

// "single-node 8k1k", "multi-node agentic evals": how the schedule names a row's bucket.
std::string schedule_bucket(const ChangelogRow& row, bool eval) {
    const Edition& edition = *row.run.edition;
    return fmt::format("{} {}{}", row.run.multinode ? "multi-node" : "single-node",
                       row.run.agentic ? std::string(edition.changelog.agentic_bucket)
                                       : sequence_length_name(edition, row.run.isl, row.run.osl),
                       eval ? " evals" : "");
}

void count_scheduled(ChangelogSchedule& schedule, const ChangelogRow& row, bool eval) {
    const std::int64_t gpus = run_gpus(row.run);
    ++schedule.jobs;
    schedule.gpus += gpus;
    const std::string name = schedule_bucket(row, eval);
    auto bucket = std::find_if(schedule.buckets.begin(), schedule.buckets.end(),
                               [&](const ChangelogSchedule::Bucket& known) { return known.name == name; });
    if (bucket == schedule.buckets.end()) bucket = schedule.buckets.insert(schedule.buckets.end(), {name, 0, 0});
    ++bucket->jobs;
    bucket->gpus += gpus;
}

// What the changelog entries the change added schedule, counted as `sweepc changelog` plans
// them (without the processor's options: what a push to main runs); their problems (deleted
// lines, invalid entries) become findings of the report. Nothing when the suite keeps no
// changelog.
std::optional<ChangelogSchedule> schedule_of_changelog(const DiffCommandOptions& options, const ConfigVersion& base,
                                                      const ConfigVersion& head,
                                                      std::vector<ChangelogEntry>& added_entries,
                                                      std::deque<AddedChangelog>& storage, SourceMap& sources,
                                                      Diagnostics& findings) {
    const std::string changelog_file = options.changelog_file.value_or(
        (std::filesystem::path(options.suite_root) / default_changelog_file).lexically_normal().generic_string());
    std::error_code error;
    if (!options.changelog_file && !std::filesystem::exists(changelog_file, error)) return std::nullopt;
    ChangelogSchedule schedule;
    std::optional<ChangelogAdditions> additions =
        read_changelog_additions(*options.base, options.head.value_or(""), changelog_file, findings);
    if (!additions) {
        schedule.state = ChangelogSchedule::State::invalid;
        return schedule;
    }
    if (additions->deleted_lines) schedule.state = ChangelogSchedule::State::deleted_lines;
    if (additions->text.find_first_not_of(" \t\r\n") == std::string::npos) {
        if (!additions->deleted_lines) schedule.state = ChangelogSchedule::State::no_entries;
        return schedule;
    }
    // The entries are read as the edition of the head's configs has them.
    if (!head.ok()) {
        schedule.state = ChangelogSchedule::State::configs_do_not_load;
        return schedule;
    }
    std::optional<AddedChangelog> added =
        parse_changelog_additions(*additions, *head.config->edition, sources, findings);
    if (!added) {
        schedule.state = ChangelogSchedule::State::invalid;
        return schedule;
    }
    added_entries = added->entries;
    storage.push_back(std::move(*added));
    schedule.entries = added_entries.size();
    ChangelogOptions processor;  // none of the processor's options: what a push to main runs
    processor.max_runs = options.max_runs;
    std::optional<ChangelogSweep> sweep =
        changelog_sweep(storage.back(), *head.config, base.ok() ? &*base.config : nullptr, processor, findings);
    if (!sweep) {
        schedule.state = ChangelogSchedule::State::invalid;
        return schedule;
    }
    for (const ChangelogRow& row : sweep->throughput) count_scheduled(schedule, row, false);
    for (const ChangelogRow& row : sweep->evals) count_scheduled(schedule, row, true);
    return schedule;
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

// A bad invocation, an unreadable input or a sweep over the run budget: no report is made.
bool stops_the_report(const Diagnostic& d) {
    return d.severity == Severity::error && (d.rule == "usage" || d.rule == "io" || d.rule == "budget");
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
    base_spec.edition = head_spec.edition = chosen_edition(options.edition);
    base_spec.max_runs = head_spec.max_runs = options.max_runs;
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
    // Problems of the configs are findings of the report (a PR comment must say what is wrong);
    // only a bad invocation stops it.
    Diagnostics findings;
    std::unique_ptr<ConfigVersion> base = load_config_version(base_spec, sources, findings);
    std::unique_ptr<ConfigVersion> head = load_config_version(head_spec, sources, findings);
    for (const Diagnostic& problem : findings.all()) {
        if (stops_the_report(problem)) diagnostics.add(problem);
    }
    if (!diagnostics.empty()) return report_diagnostics(diagnostics, sources, options.diagnostics_output);
    if (!git_mode) {
        base->label = fmt::format("{}", fmt::join(options.base_files, " "));
        head->label = fmt::format("{}", fmt::join(options.head_files, " "));
    }

    DiffReport report;
    report.compared = base->ok() && head->ok();
    report.diff = report.compared ? diff_sweeps(*base, *head) : SweepDiff{base->label, head->label, {}, {}, {}, {}};
    // The benchmark scripts of runs follow conventions sweepc resolves for some editions only; for
    // the others the report leaves them out, said once.
    const Edition* head_edition = head->ok() ? head->config->edition : nullptr;
    const bool resolves_scripts = head_edition == nullptr || head_edition->resolves_benchmark_scripts;
    if (git_mode && !resolves_scripts) {
        std::cerr << fmt::format("sweepc: note: sweepc does not resolve the benchmark scripts of the {} edition's "
                                 "runs yet, so the report lists no scripts\n",
                                 head_edition->name);
    }
    if (git_mode) {
        std::vector<ChangelogEntry> added;
        std::deque<AddedChangelog> storage;
        report.changelog = schedule_of_changelog(options, *base, *head, added, storage, sources, findings);
        if (report.compared && report.changelog && report.changelog->state != ChangelogSchedule::State::invalid) {
            const std::string changelog_file = options.changelog_file.value_or(
                (std::filesystem::path(options.suite_root) / default_changelog_file).lexically_normal().generic_string());
            for (Diagnostic& uncovered : find_uncovered_changes(report.diff, added, changelog_file)) {
                findings.add(std::move(uncovered));
            }
        }
    }
    if (git_mode && resolves_scripts) {
        Diagnostics conventions_problems;
        if (std::optional<ScriptConventions> conventions =
                load_script_conventions(options.conventions, sources, conventions_problems)) {
            report.scripts = touched_scripts(*options.base, options.head, options.suite_root, *base, *head, *conventions,
                                             findings);
        }
        for (const Diagnostic& problem : conventions_problems.all()) diagnostics.add(problem);
    }
    findings.sort();
    for (Diagnostic finding : findings.all()) {
        strip_revision_prefixes(finding, {base->label, head->label});
        report.findings.push_back(std::move(finding));
    }
    const std::string text =
        options.format == "json" ? render_diff_json(report) : render_diff_markdown(report) + "\n";
    const int written = write_output(options, text);
    if (written != exit_ok) return written;
    if (!diagnostics.empty()) {
        const int status = report_diagnostics(diagnostics, sources, options.diagnostics_output);
        if (status != exit_ok) return status;
    }
    const bool any_error = std::any_of(report.findings.begin(), report.findings.end(),
                                       [](const Diagnostic& d) { return d.severity == Severity::error; });
    return options.strict && any_error ? exit_findings : exit_ok;
}

}  // namespace

void add_diff_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<DiffCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "diff", "What a change does to the sweep: configs and runs added, removed and changed, jobs and GPUs");
    command->add_option("--base", options->base, "Git revision before the change (e.g. origin/main)");
    command->add_option("--head", options->head, "Git revision with the change (default: the working tree)");
    command->add_option("--config-files", options->config_files,
                        "Master configs to compare (default: " + suite_config_patterns() + " of each side)")
        ->expected(1, -1);
    command->add_option("--runner-config", options->runner_file,
                        "Runners file (default: runners.yaml beside the master configs)");
    add_edition_option(*command, options->edition);
    CLI::Option* suite_root = command->add_option(
        "--suite-root", options->suite_root,
        "Folder of the suite inside the repository (default: the nearest folder, from here upwards, that holds "
        "master configs)");
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
    command->add_option("--conventions", options->conventions,
                        "How runs name their benchmark scripts (default: the built-in script-conventions.yaml)");
    add_max_runs_option(*command, options->max_runs);
    command->add_flag("--strict", options->strict,
                      "Exit 1 when the report has an error finding (an uncovered change, deleted changelog lines, "
                      "configs that do not load); without it the report is the result and the exit status is 0");
    command->callback([options, suite_root, &exit_code] {
        if (suite_root->count() == 0) options->suite_root = find_suite_root(".").value_or(".");
        exit_code = run_diff(*options);
    });
}

}  // namespace sweepc
