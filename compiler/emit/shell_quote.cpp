#include "emit/shell_quote.h"

#include <algorithm>

namespace sweepc {
namespace {

bool is_control(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7f;
}

}  // namespace

std::string shell_single_quote(std::string_view value) {
    std::string out;
    bool open = false;
    auto quote = [&](bool want_open) {
        if (open != want_open) out += '\'';
        open = want_open;
    };
    std::size_t run_end = 0;        // end of the current run of backslashes
    bool run_before_quote = false;  // whether that run ends where a quote closes
    for (std::size_t i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '\\' && i >= run_end) {
            run_end = std::min(value.find_first_not_of('\\', i), value.size());
            run_before_quote = run_end == value.size() || value[run_end] == '\'';
        }
        if (c == '\'') {
            quote(false);
            out += "\\'";
        } else if (c == '\\' && run_before_quote) {
            // Backslashes right before a closing quote are fine for bash, but ShellCheck reads them as
            // an attempt to escape the quote (SC1003), so they go outside the quotes.
            quote(false);
            out += "\\\\";
        } else {
            quote(true);
            out += c;
        }
    }
    if (out.empty()) return "''";
    quote(false);
    return out;
}

std::string single_line_text(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (is_control(c)) c = '?';
    }
    return out;
}

}  // namespace sweepc
