#include "source/render_human.h"

#include <algorithm>

#include <fmt/format.h>

namespace sweepc {
namespace {

const char* severity_color(Severity severity) {
    switch (severity) {
        case Severity::error: return "\x1b[1;31m";
        case Severity::warning: return "\x1b[1;35m";
        case Severity::note: return "\x1b[1;36m";
    }
    return "";
}

// Tabs are kept so the caret lines up under the same columns the terminal shows.
std::string caret_line(std::string_view source_line, int column, int width) {
    std::string out;
    for (int i = 1; i < column && static_cast<std::size_t>(i - 1) < source_line.size(); ++i) {
        out += source_line[static_cast<std::size_t>(i - 1)] == '\t' ? '\t' : ' ';
    }
    out += '^';
    for (int i = 1; i < width; ++i) out += '~';
    return out;
}

}  // namespace

std::string render_human(const Diagnostic& d, const SourceMap& sources, bool color) {
    const std::string bold = color ? "\x1b[1m" : "";
    const std::string reset = color ? "\x1b[0m" : "";
    const std::string sev_color = color ? severity_color(d.severity) : "";
    std::string where = d.location.file;
    if (d.location.line > 0) where += fmt::format(":{}:{}", d.location.line, d.location.column);
    std::string out = fmt::format("{}{}:{} {}{}:{} {} [{}]\n", bold, where, reset, sev_color,
                                  severity_name(d.severity), reset, d.message, d.rule);
    const SourceFile* file = sources.find(d.location.file);
    if (file != nullptr && d.location.line > 0) {
        std::string_view text = file->line(d.location.line);
        if (!text.empty() || d.location.line <= file->line_count()) {
            int width = 1;
            if (d.location.end_line == d.location.line && d.location.end_column > d.location.column) {
                width = d.location.end_column - d.location.column;
            }
            int available = static_cast<int>(text.size()) - d.location.column + 1;
            width = std::max(1, std::min(width, std::max(available, 1)));
            out += fmt::format("  {}\n  {}{}{}\n", text, sev_color, caret_line(text, d.location.column, width), reset);
        }
    }
    if (d.fix) out += fmt::format("  fix: {}\n", *d.fix);
    return out;
}

std::string render_human(const Diagnostics& diagnostics, const SourceMap& sources, bool color) {
    std::string out;
    for (const Diagnostic& d : diagnostics.all()) out += render_human(d, sources, color);
    return out;
}

}  // namespace sweepc
