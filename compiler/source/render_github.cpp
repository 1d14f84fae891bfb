#include "source/render_github.h"

#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "source/escape.h"

namespace sweepc {
namespace {

const char* workflow_command(Severity severity) {
    switch (severity) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "notice";
    }
    return "error";
}

std::string escape(std::string_view text, bool is_property) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            case ':': out += is_property ? "%3A" : ":"; break;
            case ',': out += is_property ? "%2C" : ","; break;
            default: out += c;
        }
    }
    return out;
}

std::string properties(const Diagnostic& d) {
    const SourceLocation& at = d.location;
    std::vector<std::string> parts;
    if (!at.file.empty()) parts.push_back("file=" + escape_github_property(visible_text(at.file)));
    if (at.line > 0) {
        parts.push_back(fmt::format("line={}", at.line));
        // GitHub only honours columns on single-line annotations, so a multi-line span keeps
        // just its lines rather than asking for a column range it would drop.
        const bool single_line = at.end_line == 0 || at.end_line == at.line;
        if (at.column > 0 && single_line) parts.push_back(fmt::format("col={}", at.column));
        if (at.end_line >= at.line) parts.push_back(fmt::format("endLine={}", at.end_line));
        if (at.column > 0 && single_line && at.end_line == at.line && at.end_column > 0) {
            parts.push_back(fmt::format("endColumn={}", at.end_column));
        }
    }
    parts.push_back("title=" + escape_github_property(d.rule));
    return fmt::format("{}", fmt::join(parts, ","));
}

}  // namespace

std::string escape_github_data(std::string_view text) { return escape(text, false); }
std::string escape_github_property(std::string_view text) { return escape(text, true); }

std::string render_github(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.all()) {
        // Terminal escapes and other hidden characters would reach the raw log line as they are;
        // line breaks are the workflow command's own escape's business (%0A).
        std::string message = visible_text(d.message, keep_line_breaks);
        if (d.fix) message += "\nfix: " + visible_text(*d.fix, keep_line_breaks);
        out += fmt::format("::{} {}::{}\n", workflow_command(d.severity), properties(d),
                           escape_github_data(message));
    }
    return out;
}

}  // namespace sweepc
