#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "edition/edition.h"

namespace sweepc {

// The named sequence-length pairs of an edition (1k1k = (1024, 1024), …), for --seq-lens.
std::optional<std::pair<std::int64_t, std::int64_t>> parse_sequence_length(const Edition& edition,
                                                                            std::string_view name);

// The pair's name when the edition names it, otherwise "<isl>_<osl>" (used in exp-name).
std::string sequence_length_name(const Edition& edition, std::int64_t isl, std::int64_t osl);

}  // namespace sweepc
