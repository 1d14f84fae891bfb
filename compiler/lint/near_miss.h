#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sweepc {

// The candidate that `name` most plausibly misspells: same name in another case (`port`/`PORT`),
// one or two edits away (`EP_SZIE`/`EP_SIZE`), or an abbreviation of each `_` part (`DP_ATTN`/
// `DP_ATTENTION`). Names that differ only in digits (GPU0/GPU1) are not near misses.
std::optional<std::string> closest_near_miss(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace sweepc
