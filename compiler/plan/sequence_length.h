#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sweepc {

// The named sequence-length pairs of the suite: 1k1k = (1024, 1024), 1k8k = (1024, 8192),
// 8k1k = (8192, 1024).
std::optional<std::pair<std::int64_t, std::int64_t>> parse_sequence_length(std::string_view name);

// "1k1k" for a named pair, otherwise "<isl>_<osl>" (used in exp-name).
std::string sequence_length_name(std::int64_t isl, std::int64_t osl);

}  // namespace sweepc
