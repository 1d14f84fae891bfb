#include "plan/concurrency.h"

namespace sweepc {

std::vector<std::int64_t> expand_concurrency_range(std::int64_t start, std::int64_t end, std::int64_t step) {
    std::vector<std::int64_t> values;
    if (step < 2) return values;  // the CLI refuses such steps; a loop on them would never end
    std::int64_t conc = start;
    while (conc <= end) {
        values.push_back(conc);
        if (conc == end) break;
        std::int64_t next = 0;
        if (__builtin_mul_overflow(conc, step, &next) || next > end) next = end;
        conc = next;
    }
    return values;
}

}  // namespace sweepc
