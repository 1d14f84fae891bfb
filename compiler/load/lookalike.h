#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sweepc {

// A Unicode character that looks like YAML punctuation or whitespace but is not, e.g. the
// full-width comma that once reached a master config and broke every sweep.
struct Lookalike {
    int column = 0;              // 1-based byte column in the line
    std::string character;       // the UTF-8 bytes
    std::string code_point;      // "U+FF0C"
    std::string name;            // "FULLWIDTH COMMA"
    std::string resembles;       // ","
};

std::vector<Lookalike> find_lookalikes(std::string_view line);

// "U+FF0C FULLWIDTH COMMA ('，') looks like ',' but is not YAML punctuation; type ','"
std::string describe_lookalike(const Lookalike& lookalike);

}  // namespace sweepc
