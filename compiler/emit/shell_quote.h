#pragma once
#include <string>
#include <string_view>

namespace sweepc {

// A bash word that stands for exactly `value`: the value in single quotes, each ' written as \'
// outside them (it's -> 'it'\''s'), and a backslash before a quote or at the end as \\ outside them
// (ShellCheck's SC1003 would read it as escaping the quote). Inside single quotes bash expands
// nothing ($( ), backticks, ${ }, globs, history), so a config value can never run as code.
// Values are never placed inside double quotes.
std::string shell_single_quote(std::string_view value);

// Text safe to put after '#' on one line of a generated file: control characters (newlines
// above all, which would end the comment and start a command) become '?'.
std::string single_line_text(std::string_view text);

}  // namespace sweepc
