#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

#include "migrate/line_table.h"

namespace sweepc::migrate {

enum class ValueLayout {
    alias,   // `*name`
    flow,    // `[...]` or `{...}`, possibly over several lines
    block,   // a block sequence or mapping on the lines below its key
    scalar,  // a scalar on the key's line
};

// Where the text of a mapping entry's value lies.
struct ValueExtent {
    ValueLayout layout = ValueLayout::scalar;
    std::size_t content = 0;  // first byte of the value after its anchor or tag
    std::size_t end = 0;      // just past its last byte (block values: the end of the last line's content)
    int last_line = 0;        // its last line, counting comments indented under a block value
};

// Finds the value of the entry whose ':' ends just before `after_colon`, in a mapping whose keys
// sit at `key_column` (0-based). A block value is found by indentation: its lines are those
// indented past the key, plus `- ` items at the key's own column (an indentless sequence), plus
// trailing comments indented past the key. Returns nothing for a layout it cannot bound (a
// scalar running over several lines, an unclosed bracket).
std::optional<ValueExtent> locate_value(std::string_view text, const LineTable& lines, std::size_t after_colon,
                                        int key_column);

// The offset of the ':' that ends the key whose token spans [key_start, key_end), or nothing when
// the key is not followed by one on its line (an explicit `? key` entry).
std::optional<std::size_t> find_key_colon(std::string_view text, std::size_t key_end);

}  // namespace sweepc::migrate
