#include "source/escape.h"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

namespace sweepc {
namespace {

// U+2060 WORD JOINER: invisible, and not a character a mention, reference or link may contain.
constexpr std::string_view word_joiner = "\u2060";

struct Decoded {
    char32_t code_point = 0;
    std::size_t length = 0;  // 0: the byte at the position does not start valid UTF-8
};

Decoded decode_utf8(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return {lead, 1};
    const std::size_t length = (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || at + length > text.size()) return {};
    char32_t code_point = length == 2 ? (lead & 0x1Fu) : length == 3 ? (lead & 0x0Fu) : (lead & 0x07u);
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[at + k]);
        if ((next & 0xC0) != 0x80) return {};
        code_point = (code_point << 6) | (next & 0x3Fu);
    }
    const bool overlong = (length == 2 && code_point < 0x80) || (length == 3 && code_point < 0x800) ||
                          (length == 4 && code_point < 0x10000);
    if (overlong || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) return {};
    return {code_point, length};
}

// Characters a terminal or a viewer acts on instead of showing: C0 and C1 controls, DEL, the
// Unicode line and paragraph separators, and the bidirectional controls ("Trojan Source").
bool is_hidden_control(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool is_kept(char32_t c, unsigned keep) {
    return (c == '\t' && (keep & keep_tabs) != 0) || ((c == '\n' || c == '\r') && (keep & keep_line_breaks) != 0);
}

void append_escape(std::string& out, char32_t c) {
    switch (c) {
        case '\n': out += "\\n"; return;
        case '\r': out += "\\r"; return;
        case '\t': out += "\\t"; return;
        default: break;
    }
    if (c < 0x80) {
        out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    } else {
        out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    }
}

// The longest prefix of `text` of at most `max_bytes` that does not end inside a UTF-8 sequence.
std::size_t character_boundary(std::string_view text, std::size_t max_bytes) {
    if (max_bytes >= text.size()) return text.size();
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return end;
}

bool is_ascii_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t longest_backtick_run(std::string_view text) {
    std::size_t longest = 0;
    std::size_t run = 0;
    for (char c : text) {
        run = c == '`' ? run + 1 : 0;
        if (run > longest) longest = run;
    }
    return longest;
}

void append_visible(std::string& out, std::string_view text, unsigned keep, std::vector<std::size_t>* offsets) {
    out.reserve(out.size() + text.size());
    for (std::size_t i = 0; i < text.size();) {
        const Decoded decoded = decode_utf8(text, i);
        const std::size_t length = decoded.length == 0 ? 1 : decoded.length;
        if (offsets != nullptr) {
            for (std::size_t k = 0; k < length; ++k) (*offsets)[i + k] = out.size();
        }
        if (decoded.length == 0) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i]));
        } else if (is_hidden_control(decoded.code_point) && !is_kept(decoded.code_point, keep)) {
            append_escape(out, decoded.code_point);
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    if (offsets != nullptr) (*offsets)[text.size()] = out.size();
}

}  // namespace

std::string visible_text(std::string_view text, unsigned keep) {
    std::string out;
    append_visible(out, text, keep, nullptr);
    return out;
}

std::string visible_text(std::string_view text, unsigned keep, std::vector<std::size_t>& offsets) {
    std::string out;
    offsets.assign(text.size() + 1, 0);
    append_visible(out, text, keep, &offsets);
    return out;
}

std::string shortened_text(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return visible_text(text);
    const std::size_t shown = character_boundary(text, max_bytes);
    return fmt::format("{}… ({} bytes)", visible_text(text.substr(0, shown)), text.size());
}

std::string quoted_value(std::string_view value, std::size_t max_bytes) {
    if (value.size() <= max_bytes) return "'" + visible_text(value) + "'";
    const std::size_t shown = character_boundary(value, max_bytes);
    return fmt::format("'{}…' ({} bytes)", visible_text(value.substr(0, shown)), value.size());
}

std::string log_safe_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t line_start = 0;
    while (line_start < text.size()) {
        std::size_t line_end = text.find('\n', line_start);
        if (line_end == std::string_view::npos) line_end = text.size();
        const std::string_view line = text.substr(line_start, line_end - line_start);
        const std::size_t first = line.find_first_not_of(" \t");
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (i == first && line.substr(i, 2) == "::") {
                out += "\\x3a";
                continue;
            }
            if (line[i] == '[' && i >= 2 && line.substr(i - 2, 2) == "##" && i + 1 < line.size() &&
                ((line[i + 1] >= 'a' && line[i + 1] <= 'z') || (line[i + 1] >= 'A' && line[i + 1] <= 'Z'))) {
                out += "\\x5b";
                continue;
            }
            out += line[i];
        }
        if (line_end < text.size()) out += '\n';
        line_start = line_end + 1;
    }
    return out;
}

std::string markdown_code(std::string_view value, bool in_table_cell) {
    std::string content = visible_text(value);
    if (in_table_cell) {
        std::string escaped;
        for (char c : content) {
            if (c == '|') escaped += '\\';
            escaped += c;
        }
        content = std::move(escaped);
    }
    if (content.empty()) return "` `";
    const std::string fence(longest_backtick_run(content) + 1, '`');
    // A span that starts or ends with a backtick needs a space to part it from the fence, and one
    // that starts and ends with a space loses one on each side when read, so pad those.
    const bool pad = content.front() == '`' || content.back() == '`' ||
                     (content.front() == ' ' && content.back() == ' ' &&
                      content.find_first_not_of(' ') != std::string::npos);
    const std::string space = pad ? " " : "";
    return fence + space + content + space + fence;
}

std::string markdown_code_block(const std::vector<std::string>& lines) {
    std::string content;
    for (const std::string& line : lines) content += visible_text(line) + "\n";
    const std::string fence(std::max<std::size_t>(3, longest_backtick_run(content) + 1), '`');
    return fence + "\n" + content + fence + "\n";
}

std::string markdown_text(std::string_view text) {
    const std::string visible = visible_text(text);
    static constexpr std::string_view markup = "\\`*_{}[]<>()#+-.!|~&$=:@";
    std::string out;
    out.reserve(visible.size() + visible.size() / 4);
    const std::string_view view = visible;
    for (std::size_t i = 0; i < view.size(); ++i) {
        const char c = view[i];
        if (markup.find(c) != std::string_view::npos) out += '\\';
        out += c;
        const char next = i + 1 < view.size() ? view[i + 1] : '\0';
        const bool mention = c == '@' && is_ascii_alnum(next);
        const bool reference = c == '#' && is_digit(next);
        const bool scheme = c == ':' && view.substr(i + 1, 2) == "//";
        const bool www = (c == 'w' || c == 'W') && i >= 2 && (view[i - 1] | 0x20) == 'w' &&
                         (view[i - 2] | 0x20) == 'w' && next == '.';
        if (mention || reference || scheme || www) out += word_joiner;
    }
    return out;
}

}  // namespace sweepc
