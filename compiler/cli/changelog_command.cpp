// `sweepc changelog`: the sweep a change's new perf-changelog.yaml entries call for, as the JSON
// the suite's benchmark workflow reads (the contract of the suite's changelog processor).
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/edition_option.h"
#include "cli/exit_codes.h"
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
    std::string runner_file;  // empty: beside the master configs found
    std::string edition;      // --edition; empty: detected
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
    // The suite's processor refuses a change that deletes changelog lines; so does this contract.
    if (!additions || additions->deleted_lines) return report_diagnostics(diagnostics, sources, options.output);
    std::optional<AddedChangelog> added = parse_changelog_additions(*additions, sources, diagnostics);
    if (!added) return report_diagnostics(diagnostics, sources, options.output);

    // The master configs are read from the working tree, as the suite's processor reads them:
    // CI checks out the head revision before running it.
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
    if (!config->edition->processes_changelog) {
        diagnostics.error("usage", SourceLocation::whole_file(options.changelog_file),
                          "the configs are in the " + std::string(config->edition->name) + " edition (" +
                              config->edition_reason +
                              "), whose changelog processor contract sweepc does not implement yet; sweepc changelog "
                              "follows the 2026-03 processor");
        return report_diagnostics(diagnostics, sources, options.output);
    }

    std::optional<nlohmann::ordered_json> plan =
        plan_changelog(*added, options.base_ref, options.head_ref, *config, diagnostics);
    if (!plan) return report_diagnostics(diagnostics, sources, options.output);
    // Compact separators and UTF-8 as is: the bytes the suite's processor printed.
    std::string out = plan->dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        std::cerr << "sweepc: error: cannot write the plan to standard output\n";
        return exit_usage;
    }
    // Warnings (if any) still reach the user, on stderr.
    if (!diagnostics.empty()) report_diagnostics(diagnostics, sources, options.output);
    return exit_ok;
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
                        "Runners file (default: runners.yaml beside the master configs)");
    add_edition_option(*command, options->edition);
    add_diagnostic_output_options(*command, options->output);
    command->callback([options, &exit_code] { exit_code = run_changelog(*options); });
}

}  // namespace sweepc
