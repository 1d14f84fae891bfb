// Hostile bash: nesting thousands deep and 55 KB chains. Every traversal is iterative except the
// flow analysis, which refuses input nested past shell::max_nesting_depth with a located finding.
// These run in the sanitizer build, whose stack frames are the largest.
#include <catch2/catch.hpp>

#include <functional>

#include "shell/nesting_limit.h"
#include "shell/shell_lint_test_support.h"

using sweepc::shell::max_nesting_depth;
using sweepc::test::lint_shell_text;
using sweepc::test::positions_of;

namespace {

std::string repeat(const std::string& text, std::size_t times) {
    std::string out;
    out.reserve(text.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += text;
    return out;
}

struct Shape {
    const char* name;
    std::function<std::string(std::size_t)> make;  // a script nesting the construct n times
};

// Integer tests sit at the innermost level, so the flow analysis has to go all the way down.
const std::vector<Shape>& shapes() {
    static const std::vector<Shape> all = {
        {"$(", [](std::size_t n) { return "x=" + repeat("$(echo ", n) + "1" + repeat(")", n) + "\n"; }},
        {"if", [](std::size_t n) { return repeat("if true; then\n", n) + "[ \"$X\" -gt 1 ]\n" + repeat("fi\n", n); }},
        {"(", [](std::size_t n) { return repeat("(", n) + "[ \"$X\" -gt 1 ]" + repeat(")", n) + "\n"; }},
        {"while", [](std::size_t n) { return repeat("while true; do\n", n) + "[ \"$X\" -gt 1 ]\n" + repeat("done\n", n); }},
        {"for", [](std::size_t n) { return repeat("for i in 1; do\n", n) + "[ \"$X\" -gt 1 ]\n" + repeat("done\n", n); }},
        {"function", [](std::size_t n) {
             std::string out;
             for (std::size_t i = 0; i < n; ++i) out += "f" + std::to_string(i) + "() {\n";
             return out + "[ \"$X\" -gt 1 ]\n" + repeat("}\n", n);
         }},
        {"case", [](std::size_t n) { return repeat("case x in x)\n", n) + "[ \"$X\" -gt 1 ]\n" + repeat(";; esac\n", n); }},
        {"[[ (", [](std::size_t n) { return "[[ " + repeat("( ", n) + "$X -gt 1" + repeat(" )", n) + " ]]\n"; }},
        {"${:-", [](std::size_t n) { return "echo " + repeat("${X:-", n) + "a" + repeat("}", n) + "\n"; }},
    };
    return all;
}

}  // namespace

TEST_CASE("nesting just under the limit is analysed, past it refused with a located finding", "[shell][hardening]") {
    for (const Shape& shape : shapes()) {
        INFO(shape.name);
        // Each construct adds one or more tree levels per nesting: find the largest n within the limit.
        auto within_limit = [&](std::size_t n) {
            return sweepc::shell::first_node_nested_deeper_than(sweepc::shell::SyntaxTree(shape.make(n))).is_null();
        };
        std::size_t low = 1;
        std::size_t high = 3000;
        REQUIRE(within_limit(low));
        REQUIRE_FALSE(within_limit(high));
        while (high - low > 1) {
            std::size_t middle = (low + high) / 2;
            (within_limit(middle) ? low : high) = middle;
        }
        auto at_limit = lint_shell_text(shape.make(low));
        CHECK(positions_of(at_limit, "shell/nesting-limit").empty());
        auto just_past = lint_shell_text(shape.make(high));
        CHECK(positions_of(just_past, "shell/nesting-limit").size() == 1);
        auto past = lint_shell_text(shape.make(3000));
        REQUIRE(positions_of(past, "shell/nesting-limit").size() == 1);
        for (const auto& d : past) {
            if (d.rule == "shell/nesting-limit") {
                CHECK(d.severity == sweepc::Severity::error);
                CHECK(d.location.line >= 1);
                CHECK_THAT(d.message, Catch::Contains(std::to_string(max_nesting_depth)));
            }
        }
    }
}

TEST_CASE("a 55 KB line of `true && true && ...` is a chain, not nesting", "[shell][hardening]") {
    std::string script = "X=1\ntrue" + repeat(" && true", 7000) + " && [ \"$Y\" -gt 1 ]\n";
    REQUIRE(script.size() > 55000);
    auto findings = lint_shell_text(script);
    CHECK(positions_of(findings, "shell/nesting-limit").empty());
    // The flow analysis went to the end of the chain.
    CHECK(positions_of(findings, "shell/unset-integer-test").size() == 1);
    std::string pipes = "true" + repeat(" | true", 7000) + "\n";
    CHECK(lint_shell_text(pipes).empty());
}

TEST_CASE("deep nesting far past the limit does not crash the parser or any rule", "[shell][hardening]") {
    for (const std::string& script : {"x=" + repeat("$(", 20000) + "a" + repeat(")", 20000) + "\n",
                                      repeat("(", 20000) + "true" + repeat(")", 20000) + "\n",
                                      "echo $((" + repeat("(", 20000) + "1" + repeat(")", 20000) + "))\n"}) {
        auto findings = lint_shell_text(script);
        CHECK(positions_of(findings, "shell/nesting-limit").size() == 1);
    }
    // Unbalanced nesting parses as ERROR nodes; it is linted (and not nested) all the same.
    CHECK(positions_of(lint_shell_text(repeat("{ ", 20000) + "true; " + repeat("} ", 20000) + "\n"),
                       "shell/nesting-limit").empty());
}
