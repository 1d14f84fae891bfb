#include "cli/integer_option.h"

#include <fmt/format.h>

#include "source/escape.h"

namespace sweepc {

std::string integer_option_problem(std::string_view text, std::uint64_t max) {
    const std::string shown = quoted_value(text);
    if (text.empty()) return "an empty value is not a number; give a whole number such as 4";
    if (text.front() == '-') {
        return fmt::format("{} is negative; this option takes a whole number from 0 to {}", shown, max);
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return fmt::format("{} is not a decimal whole number; write digits only (no sign, spaces, 0x or "
                               "exponent), e.g. 16",
                               shown);
        }
    }
    if (text.size() > 1 && text.front() == '0') {
        return fmt::format("{} has a leading zero, which some tools read as octal; write it without", shown);
    }
    std::uint64_t value = 0;
    for (char c : text) {
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (max - digit) / 10) {
            return fmt::format("{} is too large; the most this option takes is {}", shown, max);
        }
        value = value * 10 + digit;
    }
    return {};
}

}  // namespace sweepc
