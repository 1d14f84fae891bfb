#pragma once
#include <cstdint>
#include <vector>

namespace sweepc {

// Calls visit(conc) for each concurrency of a range: start, start*step, ... and always `end` last
// (4..100 by 2 gives 4 8 16 32 64 100). `step` must be at least 2 (a smaller one visits nothing:
// the CLI refuses it, and a loop on it would never end). A product past the int64 range counts as
// past `end`, so a range has at most 64 values.
template <typename Visit>
void for_each_concurrency(std::int64_t start, std::int64_t end, std::int64_t step, Visit visit) {
    if (step < 2) return;
    std::int64_t conc = start;
    while (conc <= end) {
        visit(conc);
        if (conc == end) break;
        std::int64_t next = 0;
        if (__builtin_mul_overflow(conc, step, &next) || next > end) next = end;
        conc = next;
    }
}

// The concurrencies of a range, as for_each_concurrency visits them.
std::vector<std::int64_t> expand_concurrency_range(std::int64_t start, std::int64_t end, std::int64_t step);

// How many concurrencies a range has, without expanding it.
std::int64_t concurrency_range_size(std::int64_t start, std::int64_t end, std::int64_t step);

}  // namespace sweepc
