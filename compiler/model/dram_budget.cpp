#include "model/dram_budget.h"

#include <charconv>
#include <cstdlib>
#include <string_view>
#include <vector>

namespace sweepc {
namespace {

// GCC and clang's 128-bit integer (the products of two 64-bit values); `__extension__` marks
// the non-standard type as intended under -Wpedantic.
__extension__ typedef unsigned __int128 uint128;

constexpr int decimal_precision = 28;  // Python's default decimal context
constexpr std::uint32_t limb_base = 1'000'000'000;

// A non-negative integer of any size, in base-10^9 limbs, least significant first.
class Natural {
public:
    explicit Natural(std::uint64_t value) {
        while (value != 0) {
            limbs_.push_back(static_cast<std::uint32_t>(value % limb_base));
            value /= limb_base;
        }
    }

    bool is_zero() const { return limbs_.empty(); }
    bool is_odd() const { return !limbs_.empty() && (limbs_.front() & 1U) != 0; }

    void multiply(std::uint64_t factor) {
        uint128 carry = 0;
        for (std::uint32_t& limb : limbs_) {
            uint128 product = static_cast<uint128>(limb) * factor + carry;
            limb = static_cast<std::uint32_t>(product % limb_base);
            carry = product / limb_base;
        }
        while (carry != 0) {
            limbs_.push_back(static_cast<std::uint32_t>(carry % limb_base));
            carry /= limb_base;
        }
    }

    void add(std::uint64_t addend) {
        uint128 carry = addend;
        for (std::size_t i = 0; carry != 0; ++i) {
            if (i == limbs_.size()) limbs_.push_back(0);
            uint128 sum = limbs_[i] + carry;
            limbs_[i] = static_cast<std::uint32_t>(sum % limb_base);
            carry = sum / limb_base;
        }
    }

    // Divides in place and returns the remainder.
    std::uint64_t divide(std::uint64_t divisor) {
        uint128 remainder = 0;
        for (std::size_t i = limbs_.size(); i-- > 0;) {
            uint128 current = remainder * limb_base + limbs_[i];
            limbs_[i] = static_cast<std::uint32_t>(current / divisor);
            remainder = current % divisor;
        }
        while (!limbs_.empty() && limbs_.back() == 0) limbs_.pop_back();
        return static_cast<std::uint64_t>(remainder);
    }

    int digits() const {
        if (limbs_.empty()) return 0;
        int count = static_cast<int>(limbs_.size() - 1) * 9;
        for (std::uint32_t top = limbs_.back(); top != 0; top /= 10) ++count;
        return count;
    }

    // The value when it fits in 63 bits (callers check digits() first).
    std::int64_t to_int64() const {
        std::int64_t value = 0;
        for (std::size_t i = limbs_.size(); i-- > 0;) value = value * limb_base + limbs_[i];
        return value;
    }

private:
    std::vector<std::uint32_t> limbs_;
};

// coefficient × 10^exponent, as Python's Decimal keeps it.
struct Decimal {
    Natural coefficient;
    int exponent = 0;
};

// Rounds to `decimal_precision` significant digits, half to even; `inexact_below` says that
// digits beyond the coefficient were already dropped and were not all zero.
void round_to_precision(Decimal& value, bool inexact_below = false) {
    const int excess = value.coefficient.digits() - decimal_precision;
    if (excess <= 0) return;
    bool sticky = inexact_below;
    for (int i = 0; i < excess - 1; ++i) sticky |= value.coefficient.divide(10) != 0;
    const std::uint64_t round_digit = value.coefficient.divide(10);
    value.exponent += excess;
    const bool up = round_digit > 5 || (round_digit == 5 && (sticky || value.coefficient.is_odd()));
    if (!up) return;
    value.coefficient.add(1);
    if (value.coefficient.digits() > decimal_precision) {  // 99…9 + 1: drop the new trailing zero
        value.coefficient.divide(10);
        ++value.exponent;
    }
}

void multiply(Decimal& value, std::uint64_t factor, int factor_exponent = 0) {
    value.coefficient.multiply(factor);
    value.exponent += factor_exponent;
    round_to_precision(value);
}

// Correctly rounded division by a positive integer: the quotient is carried to more digits than
// the precision keeps, and the remainder decides ties.
void divide(Decimal& value, std::uint64_t divisor) {
    int divisor_digits = 0;
    for (std::uint64_t d = divisor; d != 0; d /= 10) ++divisor_digits;
    const int shift = decimal_precision + divisor_digits + 1;
    for (int i = 0; i < shift; ++i) value.coefficient.multiply(10);
    value.exponent -= shift;
    const bool inexact = value.coefficient.divide(divisor) != 0;
    round_to_precision(value, inexact);
}

// The float as Python's str() writes it (the shortest text that reads back the same): at most 17
// significant digits and a power of ten.
struct ShortestDecimal {
    std::uint64_t digits = 0;
    int exponent = 0;
};

ShortestDecimal shortest_decimal(double value) {
    char text[64];
    auto [end, error] = std::to_chars(text, text + sizeof text, value, std::chars_format::scientific);
    (void)error;  // 64 bytes always hold a double
    std::string_view written(text, static_cast<std::size_t>(end - text));
    const std::size_t e = written.find('e');
    std::uint64_t digits = 0;
    int fraction_digits = 0;
    bool after_point = false;
    for (char c : written.substr(0, e)) {
        if (c == '.') {
            after_point = true;
            continue;
        }
        digits = digits * 10 + static_cast<std::uint64_t>(c - '0');
        if (after_point) ++fraction_digits;
    }
    int exponent = 0;
    std::string_view exponent_text = written.substr(e + 1);
    if (!exponent_text.empty() && exponent_text.front() == '+') exponent_text.remove_prefix(1);
    std::from_chars(exponent_text.data(), exponent_text.data() + exponent_text.size(), exponent);
    return ShortestDecimal{digits, exponent - fraction_digits};
}

}  // namespace

std::int64_t dram_budget_gb(std::int64_t available_mib, double utilization, std::int64_t gpus,
                            std::int64_t gpus_per_node) {
    Decimal value{Natural(static_cast<std::uint64_t>(available_mib)), 0};
    multiply(value, 1'048'576);
    const ShortestDecimal share = shortest_decimal(utilization);
    multiply(value, share.digits, share.exponent);
    multiply(value, static_cast<std::uint64_t>(gpus));
    divide(value, static_cast<std::uint64_t>(gpus_per_node));
    value.exponent -= 9;  // / 10^9: exact, only the exponent moves
    // Truncate toward zero.
    Natural whole = value.coefficient;
    for (int e = value.exponent; e < 0; ++e) whole.divide(10);
    if (value.exponent > 0 && whole.digits() + value.exponent > 18) return INT64_MAX;
    for (int e = 0; e < value.exponent; ++e) whole.multiply(10);
    if (whole.digits() > 18) return INT64_MAX;
    return whole.to_int64();
}

}  // namespace sweepc
