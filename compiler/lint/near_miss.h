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

// A cap on the comparisons of many closest_near_miss calls over one input: proportional to the
// input's size, so suggesting names for a hostile script of thousands of unknown names stays linear.
// When it runs out, later searches find nothing (deterministically). Names longer than 64
// characters are never compared.
class NearMissBudget {
public:
    explicit NearMissBudget(std::size_t input_bytes) : left_(64 * input_bytes + 100000) {}
    bool spend(std::size_t comparisons) {
        if (comparisons > left_) {
            left_ = 0;
            return false;
        }
        left_ -= comparisons;
        return true;
    }

private:
    std::size_t left_;
};

std::optional<std::string> closest_near_miss(std::string_view name, const std::vector<std::string>& candidates,
                                             NearMissBudget& budget);

}  // namespace sweepc
