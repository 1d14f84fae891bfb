#include "lint/near_miss.h"

#include <algorithm>
#include <cctype>

namespace sweepc {
namespace {

std::string upper(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string without_digits(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) out += c;
    }
    return out;
}

// Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

std::vector<std::string_view> split_parts(std::string_view name) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find('_', start);
        if (end == std::string_view::npos) end = name.size();
        parts.push_back(name.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

// ATTN abbreviates ATTENTION: same first letter, shorter, and its letters appear in order. A part
// of three letters or fewer is an acronym already (DP is not short for DCP).
bool abbreviates(std::string_view short_part, std::string_view long_part) {
    if (short_part.size() < 2 || long_part.size() < 4 || short_part.size() >= long_part.size() ||
        short_part.front() != long_part.front()) {
        return false;
    }
    std::size_t j = 0;
    for (char c : long_part) {
        if (j < short_part.size() && short_part[j] == c) ++j;
    }
    return j == short_part.size();
}

bool abbreviates_each_part(std::string_view name, std::string_view candidate) {
    std::vector<std::string_view> a = split_parts(name);
    std::vector<std::string_view> b = split_parts(candidate);
    if (a.size() != b.size() || a.size() < 2) return false;
    bool any_abbreviated = false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] == b[i]) continue;
        if (!abbreviates(a[i], b[i])) return false;
        any_abbreviated = true;
    }
    return any_abbreviated;
}

// DP_SIZE and EP_SIZE (or DP_SIZE and DCP_SIZE) differ in one edit, but in a whole short part: parts
// of up to three letters are acronyms of different settings, not typos. Only parts of four or more
// letters can hold a typo worth reporting.
bool differs_only_in_short_parts(std::string_view name, std::string_view candidate) {
    std::vector<std::string_view> a = split_parts(name);
    std::vector<std::string_view> b = split_parts(candidate);
    if (a.size() != b.size() || a.size() < 2) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i] && (a[i].size() > 3 || b[i].size() > 3)) return false;
    }
    return true;
}

}  // namespace

std::optional<std::string> closest_near_miss(std::string_view name, const std::vector<std::string>& candidates) {
    NearMissBudget unlimited(candidates.size());
    return closest_near_miss(name, candidates, unlimited);
}

std::optional<std::string> closest_near_miss(std::string_view name, const std::vector<std::string>& candidates,
                                             NearMissBudget& budget) {
    constexpr std::size_t longest_compared = 64;
    if (name.size() > longest_compared || !budget.spend(candidates.size())) return std::nullopt;
    const std::string name_upper = upper(name);
    std::optional<std::string> best;
    std::size_t best_score = 100;
    for (const std::string& candidate : candidates) {
        if (candidate == name) return std::nullopt;  // not a miss at all
        if (candidate.size() > longest_compared) continue;
        const std::string candidate_upper = upper(candidate);
        if (without_digits(name_upper) == without_digits(candidate_upper) && name_upper != candidate_upper) continue;
        std::size_t score = 100;
        if (name_upper == candidate_upper) {
            score = 0;
        } else if (abbreviates_each_part(name_upper, candidate_upper)) {
            score = 2;
        } else {
            std::size_t shorter = std::min(name.size(), candidate.size());
            std::size_t allowed = shorter >= 7 ? 2 : shorter >= 4 ? 1 : 0;
            std::size_t distance = edit_distance(name_upper, candidate_upper);
            if (distance <= allowed && !differs_only_in_short_parts(name_upper, candidate_upper)) score = distance;
        }
        if (score < best_score || (score == best_score && best && candidate < *best)) {
            best_score = score;
            best = candidate;
        }
    }
    return best;
}

}  // namespace sweepc
