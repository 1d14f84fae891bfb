#include "load/lookalike.h"

#include <array>

#include <fmt/format.h>

namespace sweepc {
namespace {

struct KnownLookalike {
    char32_t code_point;
    const char* name;
    const char* resembles;
};

constexpr std::array known_lookalikes{
    KnownLookalike{0x00A0, "NO-BREAK SPACE", " "},
    KnownLookalike{0x2000, "EN QUAD", " "},
    KnownLookalike{0x2002, "EN SPACE", " "},
    KnownLookalike{0x2003, "EM SPACE", " "},
    KnownLookalike{0x2009, "THIN SPACE", " "},
    KnownLookalike{0x200B, "ZERO WIDTH SPACE", ""},
    KnownLookalike{0x3000, "IDEOGRAPHIC SPACE", " "},
    KnownLookalike{0xFEFF, "ZERO WIDTH NO-BREAK SPACE", ""},
    KnownLookalike{0xFF0C, "FULLWIDTH COMMA", ","},
    KnownLookalike{0x3001, "IDEOGRAPHIC COMMA", ","},
    KnownLookalike{0xFF1A, "FULLWIDTH COLON", ":"},
    KnownLookalike{0xFF1B, "FULLWIDTH SEMICOLON", ";"},
    KnownLookalike{0x2018, "LEFT SINGLE QUOTATION MARK", "'"},
    KnownLookalike{0x2019, "RIGHT SINGLE QUOTATION MARK", "'"},
    KnownLookalike{0x201C, "LEFT DOUBLE QUOTATION MARK", "\""},
    KnownLookalike{0x201D, "RIGHT DOUBLE QUOTATION MARK", "\""},
    KnownLookalike{0xFF02, "FULLWIDTH QUOTATION MARK", "\""},
    KnownLookalike{0xFF07, "FULLWIDTH APOSTROPHE", "'"},
    KnownLookalike{0x2010, "HYPHEN", "-"},
    KnownLookalike{0x2011, "NON-BREAKING HYPHEN", "-"},
    KnownLookalike{0x2013, "EN DASH", "-"},
    KnownLookalike{0x2014, "EM DASH", "-"},
    KnownLookalike{0x2212, "MINUS SIGN", "-"},
    KnownLookalike{0xFF0D, "FULLWIDTH HYPHEN-MINUS", "-"},
    KnownLookalike{0xFF3B, "FULLWIDTH LEFT SQUARE BRACKET", "["},
    KnownLookalike{0xFF3D, "FULLWIDTH RIGHT SQUARE BRACKET", "]"},
    KnownLookalike{0xFF5B, "FULLWIDTH LEFT CURLY BRACKET", "{"},
    KnownLookalike{0xFF5D, "FULLWIDTH RIGHT CURLY BRACKET", "}"},
    KnownLookalike{0xFF03, "FULLWIDTH NUMBER SIGN", "#"},
};

// Decodes one UTF-8 sequence at `i`; returns its length (0 when the bytes are not valid UTF-8).
std::size_t decode_utf8(std::string_view text, std::size_t i, char32_t& out) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    unsigned char lead = byte(i);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return 0;
    char32_t value = length == 1 ? lead : length == 2 ? (lead & 0x1F) : length == 3 ? (lead & 0x0F) : (lead & 0x07);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        value = (value << 6) | (byte(i + k) & 0x3F);
    }
    out = value;
    return length;
}

}  // namespace

std::vector<Lookalike> find_lookalikes(std::string_view line) {
    std::vector<Lookalike> found;
    for (std::size_t i = 0; i < line.size();) {
        char32_t code_point = 0;
        std::size_t length = decode_utf8(line, i, code_point);
        if (length == 0) {
            ++i;
            continue;
        }
        if (code_point >= 0x80) {
            for (const KnownLookalike& known : known_lookalikes) {
                if (known.code_point == code_point) {
                    found.push_back({static_cast<int>(i) + 1, std::string(line.substr(i, length)),
                                     fmt::format("U+{:04X}", static_cast<unsigned>(code_point)), known.name,
                                     known.resembles});
                }
            }
        }
        i += length;
    }
    return found;
}

std::string describe_lookalike(const Lookalike& lookalike) {
    if (lookalike.resembles.empty()) {
        return fmt::format("invisible character {} {} at column {}; delete it", lookalike.code_point, lookalike.name,
                           lookalike.column);
    }
    if (lookalike.resembles == " ") {
        return fmt::format("{} {} at column {} looks like a space but YAML does not treat it as one; type a plain "
                           "space", lookalike.code_point, lookalike.name, lookalike.column);
    }
    return fmt::format("{} {} '{}' at column {} looks like '{}' but is not YAML punctuation; type an ASCII '{}'",
                       lookalike.code_point, lookalike.name, lookalike.character, lookalike.column,
                       lookalike.resembles, lookalike.resembles);
}

}  // namespace sweepc
