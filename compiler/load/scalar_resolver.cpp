#include "load/scalar_resolver.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string_view>

namespace sweepc::yaml {
namespace {

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> words) {
    for (std::string_view word : words) {
        if (text == word) return true;
    }
    return false;
}

bool all_chars(std::string_view text, std::string_view allowed) {
    if (text.empty()) return false;
    for (char c : text) {
        if (allowed.find(c) == std::string_view::npos) return false;
    }
    return true;
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Accumulates digits (skipping `_`) in `base` into a magnitude; false on overflow of uint64.
bool accumulate(std::string_view digits, unsigned base, unsigned long long& value) {
    value = 0;
    for (char c : digits) {
        if (c == '_') continue;
        auto d = static_cast<unsigned long long>(digit_value(c));
        if (value > (std::numeric_limits<unsigned long long>::max() - d) / base) return false;
        value = value * base + d;
    }
    return true;
}

// Splits `[-+]?rest`.
std::string_view strip_sign(std::string_view text, bool& negative) {
    negative = false;
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        text.remove_prefix(1);
    }
    return text;
}

// Base-60 parts `[1-9][0-9_]*(:[0-5]?[0-9])+` (as in 1:30 = 90).
bool is_sexagesimal_int(std::string_view body) {
    std::size_t colon = body.find(':');
    if (colon == std::string_view::npos || colon == 0) return false;
    std::string_view head = body.substr(0, colon);
    if (head[0] < '1' || head[0] > '9' || !all_chars(head, "0123456789_")) return false;
    std::string_view rest = body.substr(colon);
    while (!rest.empty()) {
        if (rest[0] != ':') return false;
        rest.remove_prefix(1);
        std::size_t next = rest.find(':');
        std::string_view part = rest.substr(0, next);
        if (part.empty() || part.size() > 2 || !all_chars(part, "0123456789")) return false;
        if (part.size() == 2 && part[0] > '5') return false;
        rest = next == std::string_view::npos ? std::string_view{} : rest.substr(next);
    }
    return true;
}

enum class IntForm { none, binary, octal, decimal, hex, sexagesimal };

IntForm int_form(std::string_view body) {
    if (body.size() > 2 && body[0] == '0' && body[1] == 'b' && all_chars(body.substr(2), "01_")) return IntForm::binary;
    if (body.size() > 2 && body[0] == '0' && body[1] == 'x' && all_chars(body.substr(2), "0123456789abcdefABCDEF_"))
        return IntForm::hex;
    if (body == "0") return IntForm::decimal;
    if (body.size() > 1 && body[0] == '0' && all_chars(body.substr(1), "01234567_")) return IntForm::octal;
    if (!body.empty() && body[0] >= '1' && body[0] <= '9' && all_chars(body, "0123456789_")) return IntForm::decimal;
    if (is_sexagesimal_int(body)) return IntForm::sexagesimal;
    return IntForm::none;
}

bool is_float(std::string_view text) {
    bool negative = false;
    std::string_view body = strip_sign(text, negative);
    if (is_one_of(body, {".inf", ".Inf", ".INF"})) return true;
    if (is_one_of(text, {".nan", ".NaN", ".NAN"})) return true;
    // [0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?  or  \.[0-9_]+([eE][-+][0-9]+)?
    std::size_t dot = body.find('.');
    if (dot == std::string_view::npos) return false;
    std::string_view whole = body.substr(0, dot);
    std::string_view after = body.substr(dot + 1);
    std::string_view fraction = after;
    std::string_view exponent;
    std::size_t e = after.find_first_of("eE");
    if (e != std::string_view::npos) {
        fraction = after.substr(0, e);
        exponent = after.substr(e + 1);
        if (exponent.size() < 2 || (exponent[0] != '-' && exponent[0] != '+') ||
            !all_chars(exponent.substr(1), "0123456789"))
            return false;
    }
    if (!fraction.empty() && !all_chars(fraction, "0123456789_")) return false;
    if (whole.empty()) return !fraction.empty() && !negative && text[0] == '.';
    if (whole[0] < '0' || whole[0] > '9') return false;
    if (all_chars(whole, "0123456789_")) return true;
    return is_sexagesimal_int(whole) && exponent.empty();  // base-60 float, e.g. 1:30.5
}

double parse_float(std::string_view text) {
    bool negative = false;
    std::string_view body = strip_sign(text, negative);
    if (is_one_of(body, {".inf", ".Inf", ".INF"})) return negative ? -HUGE_VAL : HUGE_VAL;
    if (is_one_of(body, {".nan", ".NaN", ".NAN"})) return std::numeric_limits<double>::quiet_NaN();
    std::string clean;
    for (char c : body) {
        if (c != '_') clean += c;
    }
    double value = 0.0;
    if (clean.find(':') != std::string::npos) {
        std::size_t start = 0;
        while (true) {
            std::size_t colon = clean.find(':', start);
            std::string part = clean.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
            value = value * 60.0 + std::strtod(part.c_str(), nullptr);
            if (colon == std::string::npos) break;
            start = colon + 1;
        }
    } else {
        value = std::strtod(clean.c_str(), nullptr);
    }
    return negative ? -value : value;
}

}  // namespace

ResolveResult resolve_plain_scalar(const std::string& text, Node& node) {
    node.text = text;
    if (is_one_of(text, {"", "~", "null", "Null", "NULL"})) {
        node.kind = Kind::null;
        return ResolveResult::ok;
    }
    if (is_one_of(text, {"yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"})) {
        node.kind = Kind::boolean;
        node.boolean = true;
        return ResolveResult::ok;
    }
    if (is_one_of(text, {"no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"})) {
        node.kind = Kind::boolean;
        node.boolean = false;
        return ResolveResult::ok;
    }
    bool negative = false;
    std::string_view body = strip_sign(text, negative);
    IntForm form = int_form(body);
    if (form != IntForm::none) {
        unsigned long long magnitude = 0;
        bool fits = true;
        switch (form) {
            case IntForm::binary: fits = accumulate(body.substr(2), 2, magnitude); break;
            case IntForm::hex: fits = accumulate(body.substr(2), 16, magnitude); break;
            case IntForm::octal: fits = accumulate(body.substr(1), 8, magnitude); break;
            case IntForm::decimal: fits = accumulate(body, 10, magnitude); break;
            case IntForm::sexagesimal: {
                std::size_t start = 0;
                while (fits) {
                    std::size_t colon = body.find(':', start);
                    unsigned long long part = 0;
                    fits = accumulate(body.substr(start, colon == std::string_view::npos ? colon : colon - start), 10, part);
                    if (!fits || magnitude > (std::numeric_limits<unsigned long long>::max() - part) / 60) {
                        fits = false;
                        break;
                    }
                    magnitude = magnitude * 60 + part;
                    if (colon == std::string_view::npos) break;
                    start = colon + 1;
                }
                break;
            }
            case IntForm::none: break;
        }
        constexpr auto max_positive = static_cast<unsigned long long>(std::numeric_limits<std::int64_t>::max());
        if (!fits || magnitude > max_positive + (negative ? 1ULL : 0ULL)) {
            node.kind = Kind::integer;
            return ResolveResult::integer_out_of_range;
        }
        node.kind = Kind::integer;
        node.integer = negative ? static_cast<std::int64_t>(0ULL - magnitude) : static_cast<std::int64_t>(magnitude);
        return ResolveResult::ok;
    }
    if (is_float(text)) {
        node.kind = Kind::floating;
        node.floating = parse_float(text);
        return ResolveResult::ok;
    }
    node.kind = Kind::string;
    return ResolveResult::ok;
}

}  // namespace sweepc::yaml
