#pragma once
#include <string>
#include <string_view>

namespace sweepc {

// A bash word that stands for exactly `value`: the value in single quotes, each ' written as '\''.
// Inside single quotes bash expands nothing ($( ), backticks, ${ }, globs, history), so a config
// value can never run as code. Values are never placed inside double quotes.
std::string shell_single_quote(std::string_view value);

// Text safe to put after '#' on one line of a generated file: control characters (newlines
// above all, which would end the comment and start a command) become '?'.
std::string single_line_text(std::string_view text);

// A file-name component made from a config value: [A-Za-z0-9._-] kept, anything else '_', no
// leading '.', never empty. When that changes the value, a hash of the original is appended so
// two different values can never map to the same file.
std::string file_name_component(std::string_view value);

}  // namespace sweepc
