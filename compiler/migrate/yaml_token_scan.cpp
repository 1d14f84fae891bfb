#include "migrate/yaml_token_scan.h"

namespace sweepc::migrate {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool is_flow_indicator(char c) {
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

std::size_t line_end(std::string_view text, std::size_t pos) {
    std::size_t end = text.find('\n', pos);
    return end == std::string_view::npos ? text.size() : end;
}

}  // namespace

std::size_t quoted_scalar_end(std::string_view text, std::size_t pos) {
    const char quote = text[pos];
    for (std::size_t i = pos + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;  // the escaped character, whatever it is
            continue;
        }
        if (text[i] != quote) continue;
        if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
            ++i;  // '' is an escaped quote inside single quotes
            continue;
        }
        return i + 1;
    }
    return text.size();
}

std::size_t skip_separation(std::string_view text, std::size_t pos) {
    while (pos < text.size()) {
        if (is_space(text[pos])) {
            ++pos;
        } else if (text[pos] == '#') {
            pos = line_end(text, pos);
        } else {
            break;
        }
    }
    return pos;
}

std::size_t property_token_end(std::string_view text, std::size_t pos) {
    std::size_t i = pos + 1;
    while (i < text.size() && !is_space(text[i]) && !is_flow_indicator(text[i])) ++i;
    return i;
}

std::size_t skip_to_node_content(std::string_view text, std::size_t pos) {
    pos = skip_separation(text, pos);
    while (pos < text.size() && (text[pos] == '&' || text[pos] == '!')) {
        pos = skip_separation(text, property_token_end(text, pos));
    }
    return pos;
}

bool is_block_sequence_entry(std::string_view text, std::size_t pos) {
    return pos < text.size() && text[pos] == '-' && (pos + 1 == text.size() || is_space(text[pos + 1]));
}

std::optional<std::size_t> flow_collection_end(std::string_view text, std::size_t pos) {
    int depth = 0;
    bool in_plain = false;  // inside a plain scalar, where quotes and '#' without a space are text
    for (std::size_t i = pos; i < text.size(); ++i) {
        const char c = text[i];
        const bool after_space = i > 0 && is_space(text[i - 1]);
        if (c == '#' && after_space) {
            in_plain = false;
            i = line_end(text, i);
            continue;
        }
        if (in_plain) {
            const bool value_indicator =
                c == ':' && (i + 1 == text.size() || is_space(text[i + 1]) || is_flow_indicator(text[i + 1]));
            if (!is_flow_indicator(c) && !value_indicator) continue;
            in_plain = false;
        }
        if (is_space(c) || c == ',' || c == ':' || c == '?') continue;
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) return i + 1;
        } else if (c == '"' || c == '\'') {
            i = quoted_scalar_end(text, i) - 1;
        } else if (c == '&' || c == '!' || c == '*') {
            i = property_token_end(text, i) - 1;
        } else {
            in_plain = true;
        }
    }
    return std::nullopt;
}

}  // namespace sweepc::migrate
