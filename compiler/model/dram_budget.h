#pragma once
#include <cstdint>

namespace sweepc {

// The CPU DRAM, in GB, that an agentic run's KV offload may use (`total-cpu-dram-gb`):
//   floor(available_mib × 1,048,576 × utilization × gpus / gpus_per_node / 10^9)
// evaluated left to right as the suite's generator does it, in Python's `decimal` (28 significant
// digits, round half even after every operation, the utilization taken as the shortest decimal
// text of the float) and truncated toward zero. Exact for every input: the arithmetic runs on
// unbounded integers, so no product can overflow. All arguments must be positive.
std::int64_t dram_budget_gb(std::int64_t available_mib, double utilization, std::int64_t gpus,
                            std::int64_t gpus_per_node);

}  // namespace sweepc
