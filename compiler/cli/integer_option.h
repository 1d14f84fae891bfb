#pragma once
#include <charconv>
#include <cstdint>
#include <string>

#include <CLI/CLI.hpp>

namespace sweepc {

// CLI11 2.1 converts integer options with strtoll and ignores ERANGE, so `--step-size
// 99999999999999999999` would silently become 2^63-1. Checked on the text before conversion:
// an optional '-' and decimal digits that fit in a signed 64-bit integer.
inline CLI::Validator int64_text() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            std::int64_t value = 0;
            const char* end = text.data() + text.size();
            auto [ptr, error] = std::from_chars(text.data(), end, value);
            if (error == std::errc::result_out_of_range) {
                return "'" + text + "' does not fit in a 64-bit integer (at most 9223372036854775807)";
            }
            if (error != std::errc() || ptr != end || text.empty()) return "'" + text + "' is not a whole number";
            return {};
        },
        "INT64");
}

}  // namespace sweepc
