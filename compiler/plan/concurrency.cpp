#include "plan/concurrency.h"

namespace sweepc {

std::vector<std::int64_t> expand_concurrency_range(std::int64_t start, std::int64_t end, std::int64_t step) {
    std::vector<std::int64_t> values;
    for_each_concurrency(start, end, step, [&](std::int64_t conc) { values.push_back(conc); });
    return values;
}

std::int64_t concurrency_range_size(std::int64_t start, std::int64_t end, std::int64_t step) {
    std::int64_t size = 0;
    for_each_concurrency(start, end, step, [&](std::int64_t) { ++size; });
    return size;
}

}  // namespace sweepc
