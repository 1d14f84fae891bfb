#include "migrate/value_extent.h"

#include "migrate/yaml_token_scan.h"

namespace sweepc::migrate {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The last line of a block value that starts on `first_line`.
int block_last_line(std::string_view text, const LineTable& lines, int first_line, int key_column) {
    int last = first_line;
    int line = first_line + 1;
    for (; line <= lines.line_count(); ++line) {
        if (!lines.is_content(line)) continue;
        const int indent = lines.indentation(line);
        const bool indentless_item =
            indent == key_column &&
            is_block_sequence_entry(text, lines.line_start(line) + static_cast<std::size_t>(indent));
        if (indent > key_column || indentless_item) {
            last = line;
            continue;
        }
        break;
    }
    // Comments after the last item that are indented under the key belong to the block (a
    // commented-out row); those at the key's column or left of it introduce what follows.
    for (int next = last + 1; next <= lines.line_count(); ++next) {
        if (lines.is_blank(next)) continue;
        if (!lines.is_comment(next) || lines.indentation(next) <= key_column) break;
        last = next;
    }
    return last;
}

// The end of a scalar on one line; nothing when it continues on the next line.
std::optional<std::size_t> single_line_scalar_end(std::string_view text, const LineTable& lines, std::size_t pos,
                                                  int key_column) {
    const int line = lines.line_of(pos);
    const std::size_t line_end = lines.content_end(line);
    if (text[pos] == '"' || text[pos] == '\'') {
        const std::size_t end = quoted_scalar_end(text, pos);
        const bool closed = end <= line_end && end > pos + 1 && text[end - 1] == text[pos];
        if (closed) return end;
        return std::nullopt;  // unclosed, or running over several lines
    }
    if (text[pos] == '|' || text[pos] == '>') return std::nullopt;  // a block scalar
    std::size_t end = pos;
    bool terminated = false;  // by a comment, a flow indicator or a ': '
    for (std::size_t i = pos; i < line_end && !terminated; ++i) {
        const char c = text[i];
        terminated = (c == '#' && i > 0 && is_space(text[i - 1])) || c == ',' || c == ']' || c == '}' ||
                     (c == ':' && (i + 1 == line_end || is_space(text[i + 1])));
        if (!terminated && !is_space(c)) end = i + 1;
    }
    // A plain scalar that reaches the end of its line continues on the next one when that line is
    // indented past the key; such layouts are not bounded here.
    if (!terminated && line < lines.line_count() && lines.is_content(line + 1) &&
        lines.indentation(line + 1) > key_column) {
        return std::nullopt;
    }
    return end;
}

}  // namespace

std::optional<std::size_t> find_key_colon(std::string_view text, std::size_t key_end) {
    std::size_t i = key_end;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    if (i < text.size() && text[i] == ':') return i;
    return std::nullopt;
}

std::optional<ValueExtent> locate_value(std::string_view text, const LineTable& lines, std::size_t after_colon,
                                        int key_column) {
    ValueExtent extent;
    extent.content = skip_to_node_content(text, after_colon);
    if (extent.content >= text.size()) return std::nullopt;
    const int key_line = lines.line_of(after_colon == 0 ? 0 : after_colon - 1);
    const int content_line = lines.line_of(extent.content);
    const char first = text[extent.content];
    if (first == '*') {
        extent.layout = ValueLayout::alias;
        extent.end = property_token_end(text, extent.content);
    } else if (first == '[' || first == '{') {
        extent.layout = ValueLayout::flow;
        std::optional<std::size_t> end = flow_collection_end(text, extent.content);
        if (!end) return std::nullopt;
        extent.end = *end;
    } else if (content_line > key_line) {
        // A block value's first line is indented past its key, or is an item at the key's column.
        const int indent = lines.indentation(content_line);
        if (indent < key_column || (indent == key_column && !is_block_sequence_entry(text, extent.content))) {
            return std::nullopt;  // an empty value: what follows belongs to the next key
        }
        extent.layout = ValueLayout::block;
        extent.last_line = block_last_line(text, lines, content_line, key_column);
        extent.end = lines.content_end(extent.last_line);
        return extent;
    } else {
        extent.layout = ValueLayout::scalar;
        std::optional<std::size_t> end = single_line_scalar_end(text, lines, extent.content, key_column);
        if (!end) return std::nullopt;
        extent.end = *end;
    }
    extent.last_line = lines.line_of(extent.end - 1);
    return extent;
}

}  // namespace sweepc::migrate
