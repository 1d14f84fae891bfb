#pragma once
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <CLI/CLI.hpp>

namespace sweepc {

// Why `text` is not a count an integer option can take, or empty when it is: decimal digits only,
// at most `max`. CLI11 2.1 converts with strtoll/strtoull in base 0 and keeps what they make of the
// text, so without this check `-1` became 2^64-1 for an unsigned option (and --max-jobs then
// divided by zero), `99999999999999999999` was clamped to 2^63-1, `0x10` was 16 and `010` was 8.
std::string integer_option_problem(std::string_view text, std::uint64_t max);

// The check every integer option of every command goes through, CLI::Option::check(), for an option
// bound to T (an integer, or an optional or a vector of one). A refused value is a usage error
// (exit 2) naming the option. Lower bounds that carry a reason (--step-size at least 2) stay with
// the command, which can explain them.
template <typename T>
CLI::Validator integer_option() {
    using Value = std::remove_cvref_t<T>;
    std::uint64_t max = 0;
    if constexpr (std::is_integral_v<Value>) {
        max = static_cast<std::uint64_t>(std::numeric_limits<Value>::max());
    } else {
        max = static_cast<std::uint64_t>(std::numeric_limits<typename Value::value_type>::max());
    }
    return CLI::Validator([max](std::string& text) { return integer_option_problem(text, max); },
                          "NON-NEGATIVE INTEGER");
}

// The same, deduced from the variable the option is bound to.
template <typename T>
CLI::Validator integer_option(const T&) {
    return integer_option<T>();
}

}  // namespace sweepc
