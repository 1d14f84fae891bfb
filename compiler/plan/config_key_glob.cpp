#include "plan/config_key_glob.h"

#include <algorithm>

#include <fmt/format.h>

#include "source/did_you_mean.h"

namespace sweepc {
namespace {

// Matches a `[...]` class at pattern[p] against c; sets `next` past the class. A `[` without a
// closing `]` is a literal, as in fnmatch.
bool match_class(std::string_view pattern, std::size_t p, char c, std::size_t& next, bool& is_class) {
    std::size_t i = p + 1;
    bool negate = i < pattern.size() && pattern[i] == '!';
    if (negate) ++i;
    std::size_t first = i;
    std::size_t close = std::string_view::npos;
    for (std::size_t k = first; k < pattern.size(); ++k) {
        if (pattern[k] == ']' && k > first) {
            close = k;
            break;
        }
    }
    if (close == std::string_view::npos) {
        is_class = false;
        return false;
    }
    is_class = true;
    next = close + 1;
    bool matched = false;
    for (std::size_t k = first; k < close; ++k) {
        if (k + 2 < close && pattern[k + 1] == '-') {
            matched = matched || (pattern[k] <= c && c <= pattern[k + 2]);
            k += 2;
        } else {
            matched = matched || pattern[k] == c;
        }
    }
    return matched != negate;
}

}  // namespace

bool is_glob(std::string_view pattern) { return pattern.find_first_of("*?[") != std::string_view::npos; }

bool glob_match(std::string_view pattern, std::string_view text) {
    // Iterative matching with one backtrack point for the last `*`: linear in practice, and no
    // exponential blow-up on hostile patterns such as `*a*a*a*a*b`.
    std::size_t p = 0, t = 0;
    std::size_t star = std::string_view::npos, star_text = 0;
    while (t < text.size()) {
        if (p < pattern.size()) {
            char pc = pattern[p];
            if (pc == '*') {
                star = p++;
                star_text = t;
                continue;
            }
            if (pc == '?') {
                ++p;
                ++t;
                continue;
            }
            if (pc == '[') {
                std::size_t next = 0;
                bool is_class = false;
                bool matched = match_class(pattern, p, text[t], next, is_class);
                if (is_class && matched) {
                    p = next;
                    ++t;
                    continue;
                }
                if (!is_class && text[t] == '[') {
                    ++p;
                    ++t;
                    continue;
                }
            } else if (pc == text[t]) {
                ++p;
                ++t;
                continue;
            }
        }
        if (star == std::string_view::npos) return false;
        p = star + 1;
        t = ++star_text;
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

std::vector<const MasterEntry*> select_config_keys(const Config& config, const std::vector<std::string>& patterns,
                                                   Diagnostics& diagnostics) {
    std::vector<const MasterEntry*> selected;
    std::vector<std::string> all_keys;
    for (const MasterEntry& entry : config.entries) all_keys.push_back(entry.key);
    for (const std::string& pattern : patterns) {
        bool any = false;
        for (const MasterEntry& entry : config.entries) {
            if (!glob_match(pattern, entry.key)) continue;
            any = true;
            if (std::find(selected.begin(), selected.end(), &entry) == selected.end()) selected.push_back(&entry);
        }
        if (any) continue;
        std::string message = is_glob(pattern)
                                  ? fmt::format("config key pattern '{}' matches no config", pattern)
                                  : fmt::format("config key '{}' not found", pattern);
        if (auto suggestion = closest_match(pattern, all_keys)) message += fmt::format("; did you mean '{}'?", *suggestion);
        else message += "; config names are the top-level keys of the master config files";
        diagnostics.error("usage", SourceLocation{"--config-keys", 0, 0, 0, 0}, message);
    }
    return selected;
}

}  // namespace sweepc
