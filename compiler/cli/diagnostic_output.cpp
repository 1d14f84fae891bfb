#include "cli/diagnostic_output.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "cli/exit_codes.h"
#include "lint/rule_documentation.h"
#include "review/git.h"
#include "source/output_format.h"

namespace sweepc {

void add_diagnostic_output_options(CLI::App& command, DiagnosticOutputOptions& options) {
    command.add_option("--format", options.format, "Diagnostics format: human, json, sarif, github")
        ->check(CLI::IsMember({"human", "json", "sarif", "github"}))
        ->capture_default_str();
    command.add_option("--color", options.color, "Colour human diagnostics: auto, always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    add_docs_url_option(command, options.docs_url);
}

CLI::Option* add_docs_url_option(CLI::App& command, std::string& docs_url) {
    const CLI::Validator absolute_url(
        [](const std::string& url) -> std::string {
            const std::size_t scheme_end = url.find("://");
            if (scheme_end == std::string::npos || scheme_end == 0 || url.size() == scheme_end + 3) {
                return "must be an absolute URL such as https://example.org/docs/rules.md (SARIF's helpUri "
                       "must be absolute)";
            }
            return "";
        },
        "URL");
    return command.add_option("--docs-url", docs_url, "Where docs/rules.md is published: SARIF rules link to it")
        ->check(absolute_url)
        ->capture_default_str();
}

SarifOptions sarif_options(const std::string& docs_url, const std::string& folder) {
    SarifOptions sarif;
    sarif.rules = rule_catalogue();
    sarif.rules_doc_url = docs_url;
    sarif.source_root = git_toplevel(folder).value_or(folder);
    return sarif;
}

int report_diagnostics(Diagnostics& diagnostics, const SourceMap& sources, const DiagnosticOutputOptions& options) {
    diagnostics.sort();
    const int stream = options.to_stdout ? STDOUT_FILENO : STDERR_FILENO;
    const bool color = options.color == "always" || (options.color == "auto" && ::isatty(stream) != 0);
    const OutputFormat format = parse_output_format(options.format).value_or(OutputFormat::human);
    std::ostream& out = options.to_stdout ? std::cout : std::cerr;
    out << render(format, diagnostics, sources, color, sarif_options(options.docs_url, "."));
    if (format == OutputFormat::human && diagnostics.error_count() > 0) {
        out << diagnostics.error_count() << (diagnostics.error_count() == 1 ? " error" : " errors")
                  << " generated.\n";
    }
    const auto& all = diagnostics.all();
    bool usage = std::any_of(all.begin(), all.end(), [](const Diagnostic& d) {
        return d.severity == Severity::error && (d.rule == "usage" || d.rule == "io");
    });
    if (usage) return exit_usage;
    return diagnostics.has_errors() ? exit_findings : exit_ok;
}

}  // namespace sweepc
