// `sweepc check`: schema, config rules and shell rules in one run with one exit status, for the
// pre-commit hook and CI. Inside a suite checkout it needs no options.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/edition_option.h"
#include "cli/exit_codes.h"
#include "cli/max_runs_option.h"
#include "edition/suite_layout.h"
#include "lint/suite_check.h"
#include "load/suite_root.h"
#include "plan/sweep_options.h"
#include "review/baseline.h"
#include "review/changed_lines.h"
#include "review/fingerprint.h"
#include "review/new_since.h"
#include "review/review_mode.h"
#include "review/suite_repository.h"
#include "source/output_format.h"
#include "source/review_comments.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

struct CheckOptions {
    std::int64_t max_runs = default_max_runs;
    std::vector<std::string> config_files;
    std::optional<std::string> runner_file;
    std::string suite_root = ".";
    std::optional<std::string> conventions;
    bool strict = false;
    std::optional<std::string> changed_since;         // review mode (compiler/review/review_mode.h)
    std::optional<std::string> new_since;             // findings the change caused (review/new_since.h)
    std::optional<std::string> review_comments_file;  // findings as GitHub review comments
    std::optional<std::string> baseline_file;         // report only findings not in it
    std::optional<std::string> write_baseline_file;   // record today's findings
    std::string edition;                              // --edition; empty: detected
    std::optional<std::string> repository;            // --repository owner/name: whose pr-links
    DiagnosticOutputOptions output{.to_stdout = true};
};

// What the baseline did to a run, for the summary line.
struct BaselineSummary {
    bool used = false;
    std::size_t unchanged = 0;
    std::size_t fixed = 0;
};

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

bool write_text_file(const std::string& path, const std::string& text, std::string_view what) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    const bool written = file != nullptr && std::fwrite(text.data(), 1, text.size(), file) == text.size();
    const bool closed = file != nullptr && std::fclose(file) == 0;
    if (!written || !closed) std::cerr << fmt::format("sweepc: error: cannot write {} to '{}'\n", what, path);
    return written && closed;
}

// Holds the findings against --baseline: keeps the new ones, and returns a note for every
// baselined finding that is gone, so the baseline can shrink. Runs on the whole check, before
// any review filter: a baselined finding a filter leaves out is not gone.
std::vector<Diagnostic> apply_baseline(const Baseline& baseline, const CheckOptions& options, Diagnostics& diagnostics,
                                       BaselineSummary& summary) {
    BaselineComparison comparison = compare_with_baseline(diagnostics, baseline);
    summary = {true, comparison.unchanged, comparison.fixed.size()};
    std::vector<Diagnostic> fixed;
    for (const BaselineEntry& entry : comparison.fixed) {
        fixed.push_back(
            {"baseline/fixed", Severity::note,
             SourceLocation::whole_file((fs::path(options.suite_root) / entry.file).lexically_normal().generic_string()),
             fmt::format("the baselined {} [{}] (line {} when the baseline was written: {}) is no longer reported; "
                         "sweepc check --write-baseline {} drops it from the baseline",
                         entry.severity, entry.rule, entry.line, entry.message, *options.baseline_file),
             std::nullopt, entry.fingerprint});
    }
    diagnostics = std::move(comparison.reported);
    return fixed;
}

std::string summary_line(const Diagnostics& diagnostics, const SuiteCheck& check, const BaselineSummary& baseline) {
    std::string line = fmt::format("sweepc check: {} error(s), {} warning(s) in {} config file(s) and {} script(s)",
                                   diagnostics.error_count(), diagnostics.warning_count(), check.config_files.size(),
                                   check.scripts_linted);
    if (baseline.used) {
        line += fmt::format("; {} more accepted by the baseline, {} baselined finding(s) fixed", baseline.unchanged,
                            baseline.fixed);
    }
    return line + "\n";
}

int write_baseline(const CheckOptions& options, const Diagnostics& diagnostics) {
    if (exit_status(diagnostics, false) == exit_usage) return exit_usage;  // the run itself failed: record nothing
    const std::string text = render_baseline(diagnostics, options.suite_root);
    if (!write_text_file(*options.write_baseline_file, text, "the baseline")) return exit_usage;
    const auto recorded = std::count_if(diagnostics.all().begin(), diagnostics.all().end(), baselined_kind);
    std::cerr << fmt::format("sweepc check: wrote {} finding(s) to the baseline '{}'; commit it and run "
                             "sweepc check --baseline {} to report only new findings\n",
                             recorded, *options.write_baseline_file, *options.write_baseline_file);
    return exit_ok;
}

int run_check(const CheckOptions& options) {
    const OutputFormat format = parse_output_format(options.output.format).value_or(OutputFormat::human);
    SuiteCheckInputs inputs;
    inputs.suite_root = options.suite_root;
    inputs.config_files = options.config_files;
    inputs.runner_file = options.runner_file;
    inputs.conventions = options.conventions;
    inputs.edition = chosen_edition(options.edition);
    inputs.max_runs = options.max_runs;
    // The review base: new changelog entries are those added since it.
    const std::optional<std::string> review_base = options.changed_since ? options.changed_since : options.new_since;
    inputs.changelog_base = review_base.value_or("HEAD");
    // Resolved once, here: a revision's tree (--new-since) has no remotes of its own.
    Diagnostics repository_problems;
    inputs.repository = suite_repository(options.repository, options.suite_root, repository_problems);
    SuiteCheck check = check_suite(inputs);
    Diagnostics& diagnostics = check.diagnostics;
    for (const Diagnostic& problem : repository_problems.all()) diagnostics.add(problem);
    for (const std::string& note : check.skipped_checks) std::cerr << "sweepc: note: " << note << "\n";
    // Before any filter, so occurrences of identical findings count every one of them.
    assign_fingerprints(diagnostics, check.sources, options.suite_root);
    if (options.write_baseline_file) return write_baseline(options, diagnostics);

    BaselineSummary baseline_summary;
    std::vector<Diagnostic> baseline_fixed;
    if (options.baseline_file) {
        if (std::optional<Baseline> baseline = read_baseline(*options.baseline_file, diagnostics)) {
            baseline_fixed = apply_baseline(*baseline, options, diagnostics, baseline_summary);
        }
    }
    if (options.new_since) {
        inputs.config_files = check.config_files;
        if (!check.runner_file.empty()) inputs.runner_file = check.runner_file;
        keep_findings_new_since(*options.new_since, inputs, diagnostics);
    }
    std::optional<ChangedLines> changed;
    if (review_base) {
        ReviewModeInputs review{*review_base, options.suite_root, check.config_files, check.runner_file,
                                options.changed_since.has_value()};
        review.edition = inputs.edition;
        review.max_runs = options.max_runs;
        changed = apply_review_mode(review, diagnostics);
        assign_fingerprints(diagnostics, check.sources, options.suite_root);
    }
    for (Diagnostic& note : baseline_fixed) diagnostics.add(std::move(note));
    diagnostics.sort();
    if (options.review_comments_file) {
        OnDiff on_diff;
        if (changed) {
            on_diff = [&changed](const Diagnostic& d) {
                return changed->touches(d.location.file, d.location.line, std::max(d.location.line, d.location.end_line));
            };
        }
        if (!write_text_file(*options.review_comments_file, render_review_comments(diagnostics, on_diff),
                             "the review comments")) {
            return exit_usage;
        }
    }
    SarifOptions sarif = sarif_options(options.output.docs_url, options.suite_root);
    sarif.against_baseline = baseline_summary.used;
    const bool color = format == OutputFormat::human &&
                       (options.output.color == "always" ||
                        (options.output.color == "auto" && ::isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr));
    std::string out = render(format, diagnostics, check.sources, color, sarif);
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        std::cerr << "sweepc: error: cannot write the findings to standard output\n";
        return exit_usage;
    }
    if (format == OutputFormat::human) std::cerr << summary_line(diagnostics, check, baseline_summary);
    return exit_status(diagnostics, options.strict);
}

}  // namespace

void add_check_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* command = app.add_subcommand(
        "check", "Check master configs, runners and the benchmark scripts they run (rules: docs/rules.md)");
    command->add_option("--config-files", options->config_files,
                        "Master config files (default: " + suite_config_patterns() + " under the suite root)")
        ->expected(1, -1);
    command->add_option("--runner-config", options->runner_file,
                        "Runners file (default: runners.yaml beside the master configs found)");
    add_edition_option(*command, options->edition);
    add_max_runs_option(*command, options->max_runs);
    CLI::Option* suite_root = command->add_option(
        "--suite-root", options->suite_root,
        "Checkout of the suite; benchmarks/ and runners/ are looked up under it (default: the nearest folder, "
        "from here upwards, that holds master configs)");
    command->add_option("--conventions", options->conventions,
                        "How runs name their benchmark scripts (default: the built-in script-conventions.yaml)");
    command->add_flag("--strict", options->strict, "Exit 1 on warnings too, not only on errors");
    command->add_option("--repository", options->repository,
                        "The suite's GitHub repository, owner/name: changelog pr-links must point at its pull "
                        "requests (default: the GitHub repositories of the suite checkout's git remotes)");
    command->add_option("--changed-since", options->changed_since,
                        "Review mode: only findings on lines changed since this git revision (docs/review.md)");
    command->add_option("--new-since", options->new_since,
                        "Review mode: only findings present now that were not at this git revision, wherever "
                        "they are (docs/review.md)");
    command->add_option("--review-comments", options->review_comments_file,
                        "Also write the findings as a GitHub pull-request review (JSON: body, comments on the "
                        "lines of the diff) to this file");
    auto* baseline = command->add_option("--baseline", options->baseline_file,
                                         "Report only findings not recorded in this baseline file, and the "
                                         "baselined ones that are gone (docs/review.md#baseline)");
    command
        ->add_option("--write-baseline", options->write_baseline_file,
                     "Record every finding of this run in a baseline file and exit 0 (adopting sweepc on a suite "
                     "that has findings already)")
        ->excludes(baseline);
    add_diagnostic_output_options(*command, options->output);
    command->callback([options, suite_root, &exit_code] {
        if (suite_root->count() == 0) options->suite_root = find_suite_root(".").value_or(".");
        exit_code = run_check(*options);
    });
}

}  // namespace sweepc
