#include "source/render_human.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "source/escape.h"

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

// A source line longer than this is shown as a window around the span, so a one-line 60 MB value
// is not printed (with a caret line as long) in a diagnostic.
constexpr std::size_t quoted_line_max_bytes = 240;
constexpr std::size_t window_lead_bytes = 60;

std::size_t character_start(std::string_view text, std::size_t at) {
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return std::min(at, text.size());
}

// Columns a terminal gives `text`: one per character (UTF-8 lead byte), tabs kept as tabs.
std::string blank_like(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\t') out += '\t';
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) out += ' ';
    }
    return out;
}

std::size_t character_count(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

struct QuotedLine {
    std::string text;
    std::string caret;
};

// The source line as shown (escaped, and windowed when long) with the caret under bytes
// [column - 1, column - 1 + width) of it.
QuotedLine quote_source_line(std::string_view line, int column, int width) {
    std::size_t span_start = std::min(static_cast<std::size_t>(std::max(column, 1) - 1), line.size());
    std::size_t span_end = std::min(span_start + static_cast<std::size_t>(std::max(width, 1)), line.size());
    std::size_t window_start = 0;
    std::size_t window_end = line.size();
    if (line.size() > quoted_line_max_bytes) {
        window_start = character_start(line, span_start > window_lead_bytes ? span_start - window_lead_bytes : 0);
        window_end = character_start(line, std::min(line.size(), window_start + quoted_line_max_bytes));
        span_end = std::min(span_end, window_end);
    }
    std::vector<std::size_t> offsets;
    const std::string_view window = line.substr(window_start, window_end - window_start);
    const std::string shown = visible_text(window, keep_tabs, offsets);
    const std::string before = window_start > 0 ? "…" : "";
    const std::string after = window_end < line.size() ? "…" : "";
    const std::size_t caret_at = offsets[span_start - window_start];
    const std::size_t caret_end = std::max(offsets[std::max(span_end, span_start) - window_start], caret_at);
    QuotedLine quoted;
    quoted.text = before + shown + after;
    quoted.caret = blank_like(before) + blank_like(std::string_view(shown).substr(0, caret_at)) + '^';
    const std::size_t tildes = character_count(std::string_view(shown).substr(caret_at, caret_end - caret_at));
    if (tildes > 1) quoted.caret.append(tildes - 1, '~');
    return quoted;
}

}  // namespace

std::string render_human(const Diagnostic& d, const SourceMap& sources, bool color) {
    const std::string bold = color ? "\x1b[1m" : "";
    const std::string reset = color ? "\x1b[0m" : "";
    const std::string sev_color = color ? severity_color(d.severity) : "";
    std::string where = visible_text(d.location.file);
    if (d.location.line > 0) where += fmt::format(":{}:{}", d.location.line, d.location.column);
    std::string out = fmt::format("{}{}:{} {}{}:{} {} [{}]\n", bold, where, reset, sev_color,
                                  severity_name(d.severity), reset, visible_text(d.message), visible_text(d.rule));
    const SourceFile* file = sources.find(d.location.file);
    if (file != nullptr && d.location.line > 0) {
        std::string_view text = file->line(d.location.line);
        if (!text.empty() || d.location.line <= file->line_count()) {
            int width = 1;
            if (d.location.end_line == d.location.line && d.location.end_column > d.location.column) {
                width = d.location.end_column - d.location.column;
            }
            const QuotedLine quoted = quote_source_line(text, d.location.column, width);
            out += fmt::format("  {}\n  {}{}{}\n", quoted.text, sev_color, quoted.caret, reset);
        }
    }
    if (d.fix) out += fmt::format("  fix: {}\n", visible_text(*d.fix));
    return log_safe_text(out);
}

std::string render_human(const Diagnostics& diagnostics, const SourceMap& sources, bool color) {
    std::string out;
    for (const Diagnostic& d : diagnostics.all()) out += render_human(d, sources, color);
    return out;
}

}  // namespace sweepc
