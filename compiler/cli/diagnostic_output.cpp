#include "cli/diagnostic_output.h"

#include <unistd.h>

#include <algorithm>
#include <iostream>

#include "cli/exit_codes.h"
#include "source/output_format.h"

namespace sweepc {

void add_diagnostic_output_options(CLI::App& command, DiagnosticOutputOptions& options) {
    command.add_option("--format", options.format, "Diagnostics format: human, json, sarif, github")
        ->check(CLI::IsMember({"human", "json", "sarif", "github"}))
        ->capture_default_str();
    command.add_option("--color", options.color, "Colour human diagnostics: auto, always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
}

int report_diagnostics(Diagnostics& diagnostics, const SourceMap& sources, const DiagnosticOutputOptions& options) {
    diagnostics.sort();
    const int stream = options.to_stdout ? STDOUT_FILENO : STDERR_FILENO;
    const bool color = options.color == "always" || (options.color == "auto" && ::isatty(stream) != 0);
    const OutputFormat format = parse_output_format(options.format).value_or(OutputFormat::human);
    std::ostream& out = options.to_stdout ? std::cout : std::cerr;
    out << render(format, diagnostics, sources, color);
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
