#include "source/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace sweepc {

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "error";
}

namespace {

// A message names values, and a value can be a 60 MB scalar. Stages quote values shortened
// (quoted_value in source/escape.h); this bound catches any message that still grew past it, for
// every output format at once.
constexpr std::size_t message_max_bytes = 4096;

void bound_size(std::string& text) {
    if (text.size() <= message_max_bytes) return;
    std::size_t cut = message_max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    const std::size_t dropped = text.size() - cut;
    text.resize(cut);
    text += "… (" + std::to_string(dropped) + " more bytes)";
}

}  // namespace

void Diagnostics::add(Diagnostic diagnostic) {
    bound_size(diagnostic.message);
    if (diagnostic.fix) bound_size(*diagnostic.fix);
    items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(std::string rule, SourceLocation location, std::string message,
                        std::optional<std::string> fix) {
    add({std::move(rule), Severity::error, std::move(location), std::move(message), std::move(fix)});
}

void Diagnostics::warning(std::string rule, SourceLocation location, std::string message,
                          std::optional<std::string> fix) {
    add({std::move(rule), Severity::warning, std::move(location), std::move(message), std::move(fix)});
}

std::size_t Diagnostics::error_count() const {
    return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(),
        [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t Diagnostics::warning_count() const {
    return static_cast<std::size_t>(std::count_if(items_.begin(), items_.end(),
        [](const Diagnostic& d) { return d.severity == Severity::warning; }));
}

void Diagnostics::sort() {
    std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.location.file, a.location.line, a.location.column, a.rule) <
               std::tie(b.location.file, b.location.line, b.location.column, b.rule);
    });
}

}  // namespace sweepc
