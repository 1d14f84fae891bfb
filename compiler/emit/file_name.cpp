#include "emit/file_name.h"

#include <algorithm>

#include "source/sha256.h"

namespace sweepc {
namespace {

constexpr std::size_t digest_digits = 16;

bool is_portable_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
}

bool is_hex_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); }

// "...-0123456789abcdef": what a shortened name ends with. A value that already ends so gets a
// digest of its own, or it could take the name another value was shortened to.
bool ends_like_shortened(std::string_view name) {
    if (name.size() < digest_digits + 1 || name[name.size() - digest_digits - 1] != '-') return false;
    return std::all_of(name.end() - static_cast<std::ptrdiff_t>(digest_digits), name.end(), is_hex_digit);
}

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace

std::string file_name_component(std::string_view value) {
    std::string out;
    out.reserve(std::min(value.size(), file_name_max_bytes) + 1);
    for (char c : value.substr(0, file_name_max_bytes + 1)) out += is_portable_name_char(c) ? c : '_';
    if (out.empty() || out.front() == '.') out.insert(out.begin(), '_');
    if (out == value && out.size() <= file_name_max_bytes && !ends_like_shortened(out)) return out;
    out.resize(std::min(out.size(), file_name_max_bytes - digest_digits - 1));
    return out + "-" + sha256_hex(value).substr(0, digest_digits);
}

std::string DistinctNames::claim(const std::string& name) {
    const std::string key = lowercase(name);
    if (taken_.insert(key).second) return name;
    std::size_t& next = next_.try_emplace(key, 2).first->second;
    for (;; ++next) {
        std::string candidate = name + separator_ + std::to_string(next);
        if (taken_.insert(lowercase(candidate)).second) {
            ++next;
            return candidate;
        }
    }
}

}  // namespace sweepc
