#include "lint/near_miss.h"

#include <algorithm>
#include <cctype>

namespace sweepc {
namespace {

// Into `out`, reused across candidates: a search compares one name with hundreds of them.
void upper(std::string_view text, std::string& out) {
    out.assign(text);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}

void without_digits(std::string_view text, std::string& out) {
    out.clear();
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c))) out += c;
    }
}

// Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. Three
// rows of the table are enough (a swap looks two rows back); `rows` is reused across calls.
std::size_t edit_distance(std::string_view a, std::string_view b, std::vector<std::size_t>& rows) {
    const std::size_t width = b.size() + 1;
    rows.assign(3 * width, 0);
    auto row = [&](std::size_t i) { return rows.data() + (i % 3) * width; };
    for (std::size_t j = 0; j <= b.size(); ++j) row(0)[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t* current = row(i);
        const std::size_t* previous = row(i - 1);
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                current[j] = std::min(current[j], row(i - 2)[j - 2] + 1);
            }
        }
    }
    return row(a.size())[b.size()];
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
    std::string name_upper, name_letters, candidate_upper, candidate_letters;
    upper(name, name_upper);
    without_digits(name_upper, name_letters);
    const auto name_parts = std::count(name.begin(), name.end(), '_');
    std::vector<std::size_t> rows;
    std::optional<std::string> best;
    std::size_t best_score = 100;
    for (const std::string& candidate : candidates) {
        if (candidate == name) return std::nullopt;  // not a miss at all
        if (candidate.size() > longest_compared) continue;
        const std::size_t shorter = std::min(name.size(), candidate.size());
        const std::size_t allowed = shorter >= 7 ? 2 : shorter >= 4 ? 1 : 0;
        const std::size_t length_difference =
            name.size() > candidate.size() ? name.size() - candidate.size() : candidate.size() - name.size();
        // Only an abbreviation can be longer than `allowed` edits away, and it is shorter than the
        // name it abbreviates, with as many `_` parts (at least two): every other candidate this far
        // off in length would score nothing, so it is not compared at all.
        const bool may_abbreviate = name_parts > 0 && name.size() < candidate.size() &&
                                    std::count(candidate.begin(), candidate.end(), '_') == name_parts;
        if (length_difference > allowed && !may_abbreviate) continue;
        upper(candidate, candidate_upper);
        without_digits(candidate_upper, candidate_letters);
        if (name_letters == candidate_letters && name_upper != candidate_upper) continue;
        std::size_t score = 100;
        if (name_upper == candidate_upper) {
            score = 0;
        } else if (may_abbreviate && abbreviates_each_part(name_upper, candidate_upper)) {
            score = 2;
        } else if (length_difference <= allowed) {
            std::size_t distance = edit_distance(name_upper, candidate_upper, rows);
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
