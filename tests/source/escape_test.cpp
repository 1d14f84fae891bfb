// The escaping layer (source/escape.h): one function per output kind, each checked on the
// characters that would otherwise act instead of being shown.
#include <catch2/catch.hpp>

#include "source/escape.h"

using sweepc::log_safe_text;
using sweepc::markdown_code;
using sweepc::markdown_text;
using sweepc::quoted_value;
using sweepc::shortened_text;
using sweepc::visible_text;

TEST_CASE("visible_text shows control characters, bidi controls and bad bytes as escapes", "[escape]") {
    CHECK(visible_text("plain ascii, üñí©ødé") == "plain ascii, üñí©ødé");
    CHECK(visible_text("a\nb\rc\td") == "a\\nb\\rc\\td");
    CHECK(visible_text("\x1b]0;title\x07\x1b[2J") == "\\x1b]0;title\\x07\\x1b[2J");
    CHECK(visible_text(std::string("nul\0byte", 8)) == "nul\\x00byte");
    CHECK(visible_text("del\x7f") == "del\\x7f");
    CHECK(visible_text("c1 \xc2\x9b" "31m") == "c1 \\u009b31m");             // 8-bit CSI
    CHECK(visible_text("rtl \xe2\x80\xae" "cod") == "rtl \\u202ecod");        // RIGHT-TO-LEFT OVERRIDE
    CHECK(visible_text("line\xe2\x80\xa8sep") == "line\\u2028sep");          // LINE SEPARATOR
    CHECK(visible_text("bad \xff\xc3(") == "bad \\xff\\xc3(");
    CHECK(visible_text("overlong \xc0\xaf") == "overlong \\xc0\\xaf");
    CHECK(visible_text("tab\there", sweepc::keep_tabs) == "tab\there");
    CHECK(visible_text("a\r\nb\x1b", sweepc::keep_line_breaks) == "a\r\nb\\x1b");

    std::vector<std::size_t> offsets;
    CHECK(visible_text("a\nb", 0, offsets) == "a\\nb");
    CHECK(offsets == std::vector<std::size_t>{0, 1, 3, 4});
}

TEST_CASE("quoted_value shortens a huge value to its start, an ellipsis and its length", "[escape]") {
    CHECK(quoted_value("eps") == "'eps'");
    CHECK(quoted_value("a\nb") == "'a\\nb'");
    const std::string huge(60'000'000, 'x');
    const std::string quoted = quoted_value(huge);
    CHECK(quoted == "'" + std::string(sweepc::quoted_value_max_bytes, 'x') + "…' (60000000 bytes)");
    // Never cut inside a UTF-8 character.
    const std::string wide = "é" + std::string(200, 'y');
    CHECK(shortened_text(wide, 2) == "é… (202 bytes)");
    CHECK(shortened_text("ééé", 3) == "é… (6 bytes)");
}

TEST_CASE("log_safe_text keeps every line from being a GitHub Actions workflow command", "[escape]") {
    CHECK(log_safe_text("file.yaml:1:1: error: x\n") == "file.yaml:1:1: error: x\n");
    CHECK(log_safe_text("::add-mask::secret\n") == "\\x3a:add-mask::secret\n");
    CHECK(log_safe_text("ok\n    ::error file=x::y\nok") == "ok\n    \\x3a:error file=x::y\nok");
    CHECK(log_safe_text("\t::warning::w") == "\t\\x3a:warning::w");
    // The runner's older syntax is matched anywhere in a line.
    CHECK(log_safe_text("see ##[add-mask]secret") == "see ##\\x5badd-mask]secret");
    // Shell patterns that only look alike are left alone.
    CHECK(log_safe_text("  v=${ver##[!0-9]*}") == "  v=${ver##[!0-9]*}");
    CHECK(log_safe_text("a::b") == "a::b");
}

TEST_CASE("markdown_code makes a value a code span nothing in it can leave", "[escape]") {
    CHECK(markdown_code("vllm/vllm-openai:v0.18.0") == "`vllm/vllm-openai:v0.18.0`");
    CHECK(markdown_code("a`b") == "``a`b``");
    CHECK(markdown_code("``x") == "``` ``x ```");
    CHECK(markdown_code("x`") == "`` x` ``");
    CHECK(markdown_code("") == "` `");
    // A span read as " padded " needs one more space each side, which Markdown strips.
    CHECK(markdown_code(" padded ") == "`  padded  `");
    CHECK(markdown_code("img\n# Heading\n<!--") == "`img\\n# Heading\\n<!--`");
    CHECK(markdown_code("a|b", /*in_table_cell=*/true) == "`a\\|b`");
}

TEST_CASE("markdown_text escapes markup and breaks mentions, references and autolinks", "[escape]") {
    const std::string joiner = "\u2060";
    CHECK(markdown_text("plain words") == "plain words");
    CHECK(markdown_text("*bold* _it_ `code` [l](u) <!-- x") ==
          "\\*bold\\* \\_it\\_ \\`code\\` \\[l\\]\\(u\\) \\<\\!\\-\\- x");
    CHECK(markdown_text("cc @octocat") == "cc \\@" + joiner + "octocat");
    CHECK(markdown_text("fixes #12") == "fixes \\#" + joiner + "12");
    CHECK(markdown_text("see https://evil.example") == "see https\\:" + joiner + "//evil\\.example");
    CHECK(markdown_text("www.evil.example") == "www" + joiner + "\\.evil\\.example");
    CHECK(markdown_text("two\nlines") == "two\\\\nlines");
    CHECK(markdown_text("a|b") == "a\\|b");
}
