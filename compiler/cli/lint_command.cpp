// `sweepc lint FILE...`: the shell rules on benchmark scripts, without any config.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/exit_codes.h"
#include "lint/shell_lint.h"
#include "review/fingerprint.h"
#include "source/output_format.h"
#include "source/source_map.h"

namespace sweepc {
namespace {

struct LintOptions {
    std::vector<std::string> files;
    std::string format = "human";
    bool strict = false;
    std::vector<std::string> guards;
    std::string docs_url = default_rules_doc_url();
};

std::string render_lint_output(OutputFormat format, const Diagnostics& diagnostics, const SourceMap& sources,
                               const std::string& docs_url) {
    bool color = format == OutputFormat::human && ::isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr;
    return render(format, diagnostics, sources, color,
                  format == OutputFormat::sarif ? sarif_options(docs_url, ".") : SarifOptions{});
}

int run_lint(const LintOptions& options) {
    std::optional<OutputFormat> format = parse_output_format(options.format);
    if (!format) {
        std::cerr << fmt::format("sweepc: error: unknown --format '{}'; use human, json, sarif or github\n",
                                 options.format);
        return exit_usage;
    }
    Diagnostics diagnostics;
    SourceMap sources;
    ShellLintOptions lint_options{options.guards};
    bool io_failed = false;
    for (const std::string& path : options.files) {
        std::optional<SourceFile> file = read_source_file(path, diagnostics);
        if (!file) {
            io_failed = true;
            continue;
        }
        lint_shell_script(sources.add(std::move(*file)), lint_options, diagnostics);
    }
    // Scripts linted on their own: paths, and so fingerprints, are relative to the working directory.
    assign_fingerprints(diagnostics, sources, ".");
    std::string output = render_lint_output(*format, diagnostics, sources, options.docs_url);
    std::fwrite(output.data(), 1, output.size(), stdout);
    if (*format == OutputFormat::human && !diagnostics.empty()) {
        std::cerr << fmt::format("{} error(s), {} warning(s) in {} file(s)\n", diagnostics.error_count(),
                                 diagnostics.warning_count(), options.files.size());
    }
    if (io_failed) return exit_usage;
    if (diagnostics.has_errors() || (options.strict && diagnostics.warning_count() > 0)) return exit_findings;
    return exit_ok;
}

}  // namespace

void add_lint_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<LintOptions>();
    CLI::App* command = app.add_subcommand("lint", "Lint benchmark shell scripts (rules: docs/rules.md)");
    command->add_option("files", options->files, "Shell scripts to lint")->required();
    command->add_option("--format", options->format, "Output format: human, json, sarif or github")
        ->capture_default_str();
    command->add_flag("--strict", options->strict, "Exit 1 on warnings too, not only on errors");
    command->add_option("--guard", options->guards,
                        "A command that exits when a listed variable is empty (default: check_env_vars); "
                        "repeat for several");
    add_docs_url_option(*command, options->docs_url);
    command->callback([options, &exit_code] { exit_code = run_lint(*options); });
}

}  // namespace sweepc
