#include "emit/shell_quote.h"

#include <cstdint>

#include <fmt/format.h>

namespace sweepc {
namespace {

bool is_control(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7f;
}

bool is_portable_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
}

// FNV-1a: stable across platforms and runs, which std::hash is not.
std::uint32_t fnv1a(std::string_view text) {
    std::uint32_t hash = 2166136261u;
    for (char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash;
}

}  // namespace

std::string shell_single_quote(std::string_view value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\'') {
            out += "'\\''";
        } else {
            out += c;
        }
    }
    out += '\'';
    return out;
}

std::string single_line_text(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (is_control(c)) c = '?';
    }
    return out;
}

std::string file_name_component(std::string_view value) {
    std::string out;
    out.reserve(value.size());
    for (char c : value) out += is_portable_name_char(c) ? c : '_';
    if (out.empty() || out.front() == '.') out.insert(out.begin(), '_');
    if (out != value) out += fmt::format("-{:08x}", fnv1a(value));
    return out;
}

}  // namespace sweepc
