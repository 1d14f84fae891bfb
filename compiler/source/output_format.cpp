#include "source/output_format.h"

#include "source/render_github.h"
#include "source/render_human.h"
#include "source/render_json.h"
#include "source/render_sarif.h"

namespace sweepc {

std::optional<OutputFormat> parse_output_format(std::string_view name) {
    if (name == "human") return OutputFormat::human;
    if (name == "json") return OutputFormat::json;
    if (name == "sarif") return OutputFormat::sarif;
    if (name == "github") return OutputFormat::github;
    return std::nullopt;
}

std::string_view output_format_name(OutputFormat format) {
    switch (format) {
        case OutputFormat::human: return "human";
        case OutputFormat::json: return "json";
        case OutputFormat::sarif: return "sarif";
        case OutputFormat::github: return "github";
    }
    return "human";
}

std::string render(OutputFormat format, const Diagnostics& diagnostics, const SourceMap& sources, bool color,
                   const SarifOptions& sarif) {
    switch (format) {
        case OutputFormat::human: return render_human(diagnostics, sources, color);
        case OutputFormat::json: return render_json(diagnostics);
        case OutputFormat::sarif: return render_sarif(diagnostics, sarif);
        case OutputFormat::github: return render_github(diagnostics);
    }
    return render_human(diagnostics, sources, color);
}

}  // namespace sweepc
