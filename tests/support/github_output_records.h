#pragma once
// $GITHUB_OUTPUT as the Actions runner reads it, for tests of what sweepc and the example
// workflows write there.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/test_support.h"

namespace sweepc::test {

struct OutputRecord {
    std::string key;
    std::string value;
    std::string delimiter;  // empty for key=value lines
};

// Reads $GITHUB_OUTPUT the way the runner does: "key=value" lines and "key<<DELIM" blocks.
inline std::vector<OutputRecord> parse_github_output(const std::string& text) {
    const std::vector<std::string> lines = split_lines(text);
    std::vector<OutputRecord> records;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto heredoc = lines[i].find("<<");
        const auto equals = lines[i].find('=');
        if (heredoc != std::string::npos && (equals == std::string::npos || heredoc < equals)) {
            OutputRecord record{lines[i].substr(0, heredoc), "", lines[i].substr(heredoc + 2)};
            std::vector<std::string> body;
            for (++i; i < lines.size() && lines[i] != record.delimiter; ++i) body.push_back(lines[i]);
            REQUIRE(i < lines.size());  // the block is closed
            for (std::size_t b = 0; b < body.size(); ++b) record.value += (b > 0 ? "\n" : "") + body[b];
            records.push_back(record);
        } else {
            REQUIRE(equals != std::string::npos);
            records.push_back({lines[i].substr(0, equals), lines[i].substr(equals + 1), ""});
        }
    }
    return records;
}

}  // namespace sweepc::test
