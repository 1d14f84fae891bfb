#pragma once
// Arithmetic on integers that came from configs. The schema bounds the values it can (tp, ep and
// num-worker are at most 65,536), but totals over many runs have no bound in the suite's format,
// so sums and products of such values are checked: past the int64 range they stop at its end
// instead of wrapping around into a negative count (undefined behaviour in C++).
#include <cstdint>
#include <limits>

namespace sweepc {

inline std::int64_t saturating_add(std::int64_t a, std::int64_t b) {
    std::int64_t sum = 0;
    if (!__builtin_add_overflow(a, b, &sum)) return sum;
    return b > 0 ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
}

inline std::int64_t saturating_multiply(std::int64_t a, std::int64_t b) {
    std::int64_t product = 0;
    if (!__builtin_mul_overflow(a, b, &product)) return product;
    return (a < 0) == (b < 0) ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
}

}  // namespace sweepc
