#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sweepc {

// Optimal string alignment distance (Levenshtein plus adjacent swaps), case-sensitive.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate within a distance that grows with the word's length (1 for short
// words, up to a third of the length), or nothing. Ties go to the earliest candidate.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace sweepc
