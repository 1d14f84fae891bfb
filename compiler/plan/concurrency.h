#pragma once
#include <cstdint>
#include <vector>

namespace sweepc {

// The concurrencies of a range: start, start*step, ... and always `end` last (4..100 by 2 gives
// 4 8 16 32 64 100). `step` must be at least 2. A product past the int64 range counts as past `end`.
std::vector<std::int64_t> expand_concurrency_range(std::int64_t start, std::int64_t end, std::int64_t step);

}  // namespace sweepc
