#include "emit/python_json.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace sweepc {
namespace {

// Printable ASCII other than '"' and '\\' is copied as it is.
bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\' || c >= 0x80; }

void append_string(std::string& out, const std::string& text) {
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        // Most values (images, models, settings) need no escape at all: copy each plain stretch
        // at once rather than a character at a time.
        std::size_t plain_end = i;
        while (plain_end < text.size() && !needs_escape(static_cast<unsigned char>(text[plain_end]))) ++plain_end;
        if (plain_end != i) {
            out.append(text, i, plain_end - i);
            i = plain_end;
            continue;
        }
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                case '\b': out += "\\b"; break;
                case '\f': out += "\\f"; break;
                default:
                    if (c < 0x20) out += fmt::format("\\u{:04x}", c);
                    else out += static_cast<char>(c);
            }
            ++i;
            continue;
        }
        // Inputs are checked to be UTF-8 when loaded; decode and escape as UTF-16 units.
        std::size_t length = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
        char32_t code_point = length == 2 ? (c & 0x1Fu) : length == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
            code_point = (code_point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
        }
        if (code_point >= 0x10000) {
            char32_t v = code_point - 0x10000;
            out += fmt::format("\\u{:04x}\\u{:04x}", static_cast<unsigned>(0xD800 + (v >> 10)),
                               static_cast<unsigned>(0xDC00 + (v & 0x3FF)));
        } else {
            out += fmt::format("\\u{:04x}", static_cast<unsigned>(code_point));
        }
        i += length;
    }
    out += '"';
}

// Python's float repr: shortest round-trip digits, with ".0" on integral values.
void append_float(std::string& out, double value) {
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "Infinity" : "-Infinity";
        return;
    }
    std::string text = fmt::format("{}", value);
    if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
    out += text;
}

struct Style {
    bool sort_keys = false;
    std::string_view item_separator = ", ";
    std::string_view key_separator = ": ";
};

void append_value(std::string& out, const nlohmann::ordered_json& value, const Style& style);

void append_member(std::string& out, bool& first, const std::string& key, const nlohmann::ordered_json& member,
                   const Style& style) {
    if (!first) out += style.item_separator;
    first = false;
    append_string(out, key);
    out += style.key_separator;
    append_value(out, member, style);
}

void append_object(std::string& out, const nlohmann::ordered_json& value, const Style& style) {
    out += '{';
    bool first = true;
    if (!style.sort_keys) {
        // The matrix command's hot path: insertion order, no copies.
        for (const auto& item : value.items()) append_member(out, first, item.key(), item.value(), style);
    } else {
        std::vector<std::pair<const std::string*, const nlohmann::ordered_json*>> members;
        for (const auto& item : value.items()) members.emplace_back(&item.key(), &item.value());
        std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
        for (const auto& [key, member] : members) append_member(out, first, *key, *member, style);
    }
    out += '}';
}

void append_value(std::string& out, const nlohmann::ordered_json& value, const Style& style) {
    switch (value.type()) {
        case nlohmann::ordered_json::value_t::null: out += "null"; break;
        case nlohmann::ordered_json::value_t::boolean: out += value.get<bool>() ? "true" : "false"; break;
        case nlohmann::ordered_json::value_t::number_integer:
            fmt::format_to(std::back_inserter(out), "{}", value.get<std::int64_t>());
            break;
        case nlohmann::ordered_json::value_t::number_unsigned:
            fmt::format_to(std::back_inserter(out), "{}", value.get<std::uint64_t>());
            break;
        case nlohmann::ordered_json::value_t::number_float: append_float(out, value.get<double>()); break;
        case nlohmann::ordered_json::value_t::string: append_string(out, value.get_ref<const std::string&>()); break;
        case nlohmann::ordered_json::value_t::array: {
            out += '[';
            bool first = true;
            for (const auto& item : value) {
                if (!first) out += style.item_separator;
                first = false;
                append_value(out, item, style);
            }
            out += ']';
            break;
        }
        case nlohmann::ordered_json::value_t::object: append_object(out, value, style); break;
        default: out += "null"; break;
    }
}

}  // namespace

void append_python_json(std::string& out, const nlohmann::ordered_json& value) { append_value(out, value, Style{}); }

std::string python_json(const nlohmann::ordered_json& value) {
    std::string out;
    append_python_json(out, value);
    return out;
}

std::string python_json_sorted_compact(const nlohmann::ordered_json& value) {
    std::string out;
    append_value(out, value, Style{.sort_keys = true, .item_separator = ",", .key_separator = ":"});
    return out;
}

}  // namespace sweepc
