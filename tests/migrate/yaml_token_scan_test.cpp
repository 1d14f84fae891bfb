// The lexical steps migrate uses to find where a value's text ends.
#include "migrate/yaml_token_scan.h"

#include <catch2/catch.hpp>

#include "migrate/line_table.h"
#include "migrate/value_extent.h"

using namespace sweepc::migrate;

namespace {

std::optional<std::string> flow_text(const std::string& text) {
    std::optional<std::size_t> end = flow_collection_end(text, 0);
    if (!end) return std::nullopt;
    return text.substr(0, *end);
}

}  // namespace

TEST_CASE("flow_collection_end skips brackets inside quotes, comments and plain scalars", "[migrate]") {
    CHECK(flow_text("[a, b] tail") == "[a, b]");
    CHECK(flow_text("[{a: [1, 2]}, {b: {}}], x") == "[{a: [1, 2]}, {b: {}}]");
    CHECK(flow_text("[\"]\", ']''[', \"\\\"]\"] x") == "[\"]\", ']''[', \"\\\"]\"]");
    CHECK(flow_text("[a, # ] not the end\n b]") == "[a, # ] not the end\n b]");
    CHECK(flow_text("[it's, a#b, x]y") == "[it's, a#b, x]");  // quotes and '#' inside plain scalars are text
    CHECK(flow_text("{k: v, url: http://x/y}") == "{k: v, url: http://x/y}");
    CHECK(flow_text("[&a [1], *a]!") == "[&a [1], *a]");
    CHECK_FALSE(flow_text("[a, [b]"));
    CHECK_FALSE(flow_text("[\"unclosed]"));
}

TEST_CASE("skip_to_node_content passes comments, anchors and tags", "[migrate]") {
    const std::string text = ": &x !!seq # note\n  [1]";
    CHECK(text[skip_to_node_content(text, 1)] == '[');
    CHECK(is_block_sequence_entry("- a", 0));
    CHECK(is_block_sequence_entry("-\n", 0));
    CHECK_FALSE(is_block_sequence_entry("-1", 0));
}

TEST_CASE("locate_value bounds block values by indentation, with trailing indented comments", "[migrate]") {
    const std::string text =
        "a:\n"                  // 1
        "  k:\n"                // 2
        "  - 1\n"               // 3
        "  # inner\n"           // 4
        "  - [2,\n"             // 5
        "     3]\n"             // 6
        "    # trailing row\n"  // 7
        "\n"                    // 8
        "  # next key\n"        // 9
        "  n: 1\n";             // 10
    LineTable lines(text);
    const std::size_t colon = text.find("k:") + 1;
    std::optional<ValueExtent> value = locate_value(text, lines, colon + 1, 2);
    REQUIRE(value);
    CHECK(value->layout == ValueLayout::block);
    CHECK(value->last_line == 7);

    const std::size_t n_colon = text.find("n:") + 1;
    std::optional<ValueExtent> scalar = locate_value(text, lines, n_colon + 1, 2);
    REQUIRE(scalar);
    CHECK(scalar->layout == ValueLayout::scalar);
    CHECK(text.substr(scalar->content, scalar->end - scalar->content) == "1");
}

TEST_CASE("locate_value refuses what it cannot bound", "[migrate]") {
    const std::string multi_line_plain = "k: a\n  b\nn: 1\n";
    LineTable lines(multi_line_plain);
    CHECK_FALSE(locate_value(multi_line_plain, lines, 2, 0));
    const std::string empty_value = "k:\nn: 1\n";
    LineTable empty_lines(empty_value);
    CHECK_FALSE(locate_value(empty_value, empty_lines, 2, 0));
    const std::string unclosed = "k: [1, 2\n";
    LineTable unclosed_lines(unclosed);
    CHECK_FALSE(locate_value(unclosed, unclosed_lines, 2, 0));
}

TEST_CASE("LineTable finds CRLF endings and line contents without them", "[migrate]") {
    LineTable crlf("a: 1\r\n  b\r\n");
    CHECK(crlf.newline() == "\r\n");
    CHECK(crlf.content(2) == "  b");
    CHECK(crlf.indentation(2) == 2);
    CHECK(crlf.line_of(6) == 2);
    LineTable lf("a\n# c\n  \n");
    CHECK(lf.newline() == "\n");
    CHECK(lf.is_comment(2));
    CHECK(lf.is_blank(3));
}
