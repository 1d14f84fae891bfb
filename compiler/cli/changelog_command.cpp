// `sweepc changelog`: the sweep a change's new perf-changelog.yaml entries call for, as the JSON
// the suite's benchmark workflow reads (the contract of the suite's changelog processor, per
// edition: Edition::changelog).
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/edition_option.h"
#include "cli/exit_codes.h"
#include "cli/max_runs_option.h"
#include "edition/edition.h"
#include "edition/suite_layout.h"
#include "load/config_loader.h"
#include "review/changelog_plan.h"
#include "review/config_version.h"
#include "review/git.h"

namespace sweepc {
namespace {

struct ChangelogCommandOptions {
    std::string base_ref;
    std::string head_ref;
    std::string changelog_file;
    std::vector<std::string> config_files;
    std::string runner_file;  // empty: the runners file of the configs' edition
    std::string edition;  // --edition; empty: detected
    ChangelogOptions processor;
    DiagnosticOutputOptions output;
};

// A changelog that exists neither in the working tree nor at either revision is a mistyped path,
// not a change that "adds no lines".
bool changelog_exists(const ChangelogCommandOptions& options) {
    std::error_code error;
    if (std::filesystem::exists(options.changelog_file, error)) return true;
    for (const std::string& ref : {options.head_ref, options.base_ref}) {
        std::string git_error;
        if (!ref.empty() && git_show_file(ref, options.changelog_file, ".", git_error)) return true;
    }
    return false;
}

// The processor options given on the command line, as written.
std::vector<std::string> given_processor_options(const ChangelogOptions& options) {
    std::vector<std::string> given;
    if (options.trim_conc) given.emplace_back("--trim-conc");
    if (options.all_evals) given.emplace_back("--all-evals");
    if (options.evals_only) given.emplace_back("--evals-only");
    return given;
}

// Options the configs' edition's processor does not take are refused, naming the edition that has them.
void check_processor_options(const ChangelogOptions& options, const Config& config, Diagnostics& diagnostics) {
    const Edition& edition = *config.edition;
    for (const std::string& option : given_processor_options(options)) {
        const auto& known = edition.changelog.options;
        if (std::find(known.begin(), known.end(), option) != known.end()) continue;
        std::string message = fmt::format("{} is not an option of the changelog processor of the {} edition, which "
                                          "the configs are written in ({})",
                                          option, edition.name, config.edition_reason);
        for (const Edition* other : all_editions()) {
            const auto& theirs = other->changelog.options;
            if (std::find(theirs.begin(), theirs.end(), option) != theirs.end()) {
                message += fmt::format("; the {} edition's processor has it", other->name);
                break;
            }
        }
        diagnostics.error("usage", SourceLocation::whole_file(option), message);
    }
}

// The configs at the base revision, for append-only entries: the same files as the head's.
std::unique_ptr<ConfigVersion> load_base_configs(const ChangelogCommandOptions& options, const ConfigInputs& head,
                                                 const Config& head_config, SourceMap& sources,
                                                 Diagnostics& diagnostics) {
    ConfigVersionSpec spec{options.base_ref, head.config_files, head_config.runner_file, "."};
    return load_config_version(spec, sources, diagnostics);
}

int write_plan(const nlohmann::ordered_json& plan) {
    // Compact separators and UTF-8 as is: the bytes the suite's processor printed.
    std::string out = plan.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        std::cerr << "sweepc: error: cannot write the plan to standard output\n";
        return exit_usage;
    }
    return exit_ok;
}

int run_changelog(const ChangelogCommandOptions& options) {
    Diagnostics diagnostics;
    SourceMap sources;
    if (!changelog_exists(options)) {
        diagnostics.error("usage", SourceLocation::whole_file(options.changelog_file),
                          fmt::format("--changelog-file '{}': no such file in the working tree, at {} or at {}",
                                      options.changelog_file, options.base_ref, options.head_ref));
        return report_diagnostics(diagnostics, sources, options.output);
    }
    std::optional<ChangelogAdditions> additions =
        read_changelog_additions(options.base_ref, options.head_ref, options.changelog_file, diagnostics);
    if (!additions) return report_diagnostics(diagnostics, sources, options.output);

    // The master configs are read from the working tree, as the suite's processor reads them:
    // CI checks out the head revision before running it. Their edition says which processor
    // contract applies.
    ConfigInputs inputs{options.config_files, options.runner_file};
    inputs.edition = chosen_edition(options.edition);
    std::optional<SuiteConfigFiles> layout = find_suite_config_files(".");
    if (inputs.config_files.empty() && layout) inputs.config_files = layout->master_files;
    if (inputs.runner_file.empty() && layout) inputs.runner_file = layout->runner_file;
    if (inputs.config_files.empty()) {
        diagnostics.error("usage", SourceLocation::whole_file("--config-files"),
                          "no " + suite_config_patterns() +
                              " here; run at the root of the suite's checkout or pass --config-files");
        return report_diagnostics(diagnostics, sources, options.output);
    }
    std::optional<Config> config = load_config(inputs, sources, diagnostics);
    if (!config) return report_diagnostics(diagnostics, sources, options.output);
    check_processor_options(options.processor, *config, diagnostics);

    std::optional<AddedChangelog> added = parse_changelog_additions(*additions, *config->edition, sources, diagnostics);
    // The suite's processor refuses a change that deletes changelog lines; so does this contract.
    if (!added || additions->deleted_lines || diagnostics.has_errors()) {
        return report_diagnostics(diagnostics, sources, options.output);
    }
    std::unique_ptr<ConfigVersion> base;
    if (has_append_only_entries(*added)) base = load_base_configs(options, inputs, *config, sources, diagnostics);
    std::optional<ChangelogSweep> sweep = changelog_sweep(*added, *config, base && base->ok() ? &*base->config : nullptr,
                                                          options.processor, diagnostics);
    if (!sweep) return report_diagnostics(diagnostics, sources, options.output);
    const int written = write_plan(
        render_changelog_plan(*sweep, *added, options.base_ref, options.head_ref, *config->edition));
    // Warnings (if any) still reach the user, on stderr.
    if (!diagnostics.empty()) report_diagnostics(diagnostics, sources, options.output);
    return written;
}

}  // namespace

void add_changelog_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<ChangelogCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "changelog", "The sweep the perf-changelog.yaml entries added between two revisions call for (JSON)");
    command->add_option("--base-ref", options->base_ref, "Revision before the change (e.g. origin/main)")->required();
    command->add_option("--head-ref", options->head_ref, "Revision with the change (e.g. HEAD)")->required();
    command->add_option("--changelog-file", options->changelog_file, "The changelog, e.g. perf-changelog.yaml")
        ->required();
    command->add_option("--config-files", options->config_files,
                        "Master config files (default: " + suite_config_patterns() + ")")
        ->expected(1, -1);
    command->add_option("--runner-config", options->runner_file,
                        "Runners file (default: the runners.yaml of the configs' edition)");
    command->add_flag("--trim-conc", options->processor.trim_conc,
                      "One concurrency per recipe, the lowest, for throughput runs (2026-08)");
    command->add_flag("--all-evals", options->processor.all_evals,
                      "Every entry's evals expanded as with all-evals: true (2026-08)");
    command->add_flag("--evals-only", options->processor.evals_only, "No throughput runs for any entry (2026-08)");
    add_edition_option(*command, options->edition);
    add_max_runs_option(*command, options->processor.max_runs);
    add_diagnostic_output_options(*command, options->output);
    command->callback([options, &exit_code] { exit_code = run_changelog(*options); });
}

}  // namespace sweepc
