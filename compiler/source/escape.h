#pragma once
// One escaping function per output kind, for every value that came from input (config values,
// keys, file names, script lines). Which kind applies is decided by where the text is printed:
//   terminal / CI log (human diagnostics, stderr notes)  visible_text, then log_safe_text on the whole output
//   a value quoted inside a message                     quoted_value (also shortens huge values)
//   Markdown (PR comments, plan.md, diff reports)       markdown_code for values, markdown_text for prose
//   GitHub workflow commands                            escape_github_data / escape_github_property (render_github.h)
// JSON and SARIF are escaped by their serialiser.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sweepc {

// Text shown in a terminal or a CI log. Control characters (C0, DEL and C1), Unicode line
// separators and bidirectional controls, and bytes that are not UTF-8 become visible escapes
// (\n, \r, \t, \x1b, \u009b, \u202e, \xff), so a value can neither start a new line (and with it
// a GitHub workflow command), nor move the cursor, recolour the terminal, set its title, or
// reorder what is shown. `keep` lists characters to leave as they are (keep_tabs for quoted source
// lines whose caret must align; keep_line_breaks where a later layer escapes them, as GitHub
// workflow commands do).
inline constexpr unsigned keep_tabs = 1;
inline constexpr unsigned keep_line_breaks = 2;
std::string visible_text(std::string_view text, unsigned keep = 0);
// The same, also giving for every byte offset of `text` (and its end) the offset in the result
// where it lands, so a caret can be put under the right part of an escaped line.
std::string visible_text(std::string_view text, unsigned keep, std::vector<std::size_t>& offsets);

// Longest part of a value a message quotes; the rest is summarised by its length.
inline constexpr std::size_t quoted_value_max_bytes = 120;

// visible_text of at most `max_bytes` of `text` (cut at a character boundary), and for a longer
// text an ellipsis and the full length: aaaa… (60000000 bytes).
std::string shortened_text(std::string_view text, std::size_t max_bytes = quoted_value_max_bytes);

// A value inside a message, in single quotes: visible_text of at most `max_bytes` of it (cut at a
// character boundary), and for a longer value an ellipsis and the full length,
// e.g. 'aaaa…' (60000000 bytes). A huge scalar is therefore never repeated in a diagnostic.
std::string quoted_value(std::string_view value, std::size_t max_bytes = quoted_value_max_bytes);

// Whole human output bound for a terminal or a CI log, already passed through visible_text where it
// holds input. GitHub Actions executes a log line as a workflow command when it starts with "::"
// after leading spaces, or when it contains "##[" followed by a command name, so such a line gets
// its ':' (or '[') shown as \x3a (\x5b).
std::string log_safe_text(std::string_view text);

// A value in Markdown, as a code span: visible_text inside a backtick fence longer than any run of
// backticks in it, so nothing in it is markup (no heading, HTML comment, mention, link, emphasis or
// image). In a table cell '|' is also escaped, since GitHub splits cells on it even inside code.
std::string markdown_code(std::string_view value, bool in_table_cell = false);

// Lines carrying values (findings in a PR comment) in Markdown, as a fenced code block: each line
// through visible_text (a line break inside one is shown as \n), inside a fence of backticks
// longer than any run of them in the lines, so nothing in it is markup and nothing closes it early.
std::string markdown_code_block(const std::vector<std::string>& lines);

// Prose carrying values (a diagnostic message) in Markdown: visible_text, the ASCII punctuation
// Markdown reads as markup backslash-escaped, and mentions (@name), issue references (#123) and
// autolinks (https://, www.) broken by an invisible word joiner so they neither notify nor link.
std::string markdown_text(std::string_view text);

}  // namespace sweepc
