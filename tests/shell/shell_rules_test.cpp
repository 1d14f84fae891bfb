#include <catch2/catch.hpp>

#include "shell/shell_lint_test_support.h"

using sweepc::Diagnostic;
using sweepc::test::describe;
using sweepc::test::lint_shell_fixture;
using sweepc::test::lint_shell_text;
using sweepc::test::positions_of;
using sweepc::test::Positions;

namespace {

const Diagnostic& first_of(const std::vector<Diagnostic>& findings, const std::string& rule) {
    for (const Diagnostic& d : findings) {
        if (d.rule == rule) return d;
    }
    FAIL("no finding of " << rule);
    throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("shell/unset-integer-test flags optional variables in single-bracket and test commands", "[shell]") {
    auto findings = lint_shell_fixture("unset_integer_test_bad.sh");
    INFO(describe(findings));
    CHECK(positions_of(findings, "shell/unset-integer-test") == Positions{{5, 6}, {8, 6}, {12, 3}, {13, 3}});
    const Diagnostic& ep = first_of(findings, "shell/unset-integer-test");
    CHECK(ep.severity == sweepc::Severity::error);
    CHECK(ep.location.end_column == 16);  // the whole "$EP_SIZE" operand
    CHECK(ep.fix == std::optional<std::string>("\"${EP_SIZE:-0}\""));
    CHECK_THAT(ep.message, Catch::Contains("integer expression expected") && Catch::Contains("check_env_vars"));
    CHECK(findings.size() == 4);
}

TEST_CASE("shell/unset-integer-test stays quiet on defaults, guards, -n tests and assignments on every path",
          "[shell]") {
    auto findings = lint_shell_fixture("unset_integer_test_good.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
}

TEST_CASE("shell/unset-integer-test honours configured guard names", "[shell]") {
    const std::string script = "require_vars EP_SIZE\nif [ \"$EP_SIZE\" -gt 1 ]; then :; fi\n";
    CHECK(positions_of(lint_shell_text(script), "shell/unset-integer-test") == Positions{{2, 6}});
    sweepc::ShellLintOptions options;
    options.guard_commands = {"require_vars"};
    CHECK(lint_shell_text(script, options).empty());
}

TEST_CASE("shell/non-numeric-integer-test flags unchecked command output and read input", "[shell]") {
    auto findings = lint_shell_fixture("non_numeric_integer_test_bad.sh");
    INFO(describe(findings));
    CHECK(positions_of(findings, "shell/non-numeric-integer-test") == Positions{{3, 27}, {7, 4}, {9, 23}});
    CHECK(findings.size() == 3);
    const Diagnostic& version = first_of(findings, "shell/non-numeric-integer-test");
    CHECK(version.fix == std::optional<std::string>("! \"$version\" =~ ^[0-9]+$ || $version -lt 177"));
    CHECK_THAT(version.message, Catch::Contains("line 2") && Catch::Contains("branch is skipped"));
    // In [ the guard needs [[, so the fix wraps the whole test.
    CHECK(findings[1].fix ==
          std::optional<std::string>("[[ ! \"$gpu_count\" =~ ^[0-9]+$ ]] || [ \"$gpu_count\" -gt 4 ]"));
    CHECK_THAT(findings[1].message, Catch::Contains("input from read"));
    // Inside `&&` the guarded form needs parentheses to keep its meaning.
    CHECK(findings[2].fix == std::optional<std::string>("( ! \"$driver\" =~ ^[0-9]+$ || $driver -ge 6 )"));
}

TEST_CASE("shell/non-numeric-integer-test stays quiet after a digits regex or a case on digits", "[shell]") {
    auto findings = lint_shell_fixture("non_numeric_integer_test_good.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
}

TEST_CASE("shell/non-numeric-integer-test: an empty-string check is not a numeric guard", "[shell]") {
    auto findings = lint_shell_text("v=$(tool)\nif [ -z \"$v\" ] || [ \"$v\" -lt 3 ]; then :; fi\n");
    CHECK(positions_of(findings, "shell/non-numeric-integer-test") == Positions{{2, 19}});
}

TEST_CASE("shell/unknown-env suggests the job or script variable a name misspells", "[shell]") {
    auto findings = lint_shell_fixture("unknown_env_bad.sh");
    INFO(describe(findings));
    CHECK(positions_of(findings, "shell/unknown-env") == Positions{{3, 25}, {4, 8}, {5, 26}});
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].fix == std::optional<std::string>("EP_SIZE"));
    CHECK(findings[1].fix == std::optional<std::string>("DP_ATTENTION"));
    CHECK(findings[2].fix == std::optional<std::string>("PORT"));
    CHECK_THAT(findings[2].message, Catch::Contains("this script sets"));
    CHECK_THAT(findings[0].message, Catch::Contains("benchmark job sets"));
    CHECK(findings[0].severity == sweepc::Severity::warning);
}

TEST_CASE("shell/unknown-env ignores unrelated environment and variables the script sets", "[shell]") {
    auto findings = lint_shell_fixture("unknown_env_good.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
}

TEST_CASE("shell/broken-continuation flags option and argument lines cut off from their command", "[shell]") {
    auto findings = lint_shell_fixture("broken_continuation_bad.sh");
    INFO(describe(findings));
    // Each finding sits where the continuation broke: the end of a line missing its `\`, the
    // comment or blank line it ran into, or the blanks after it.
    CHECK(positions_of(findings, "shell/broken-continuation") ==
          Positions{{4, 20}, {8, 3}, {11, 13}, {14, 1}, {16, 22}});
    REQUIRE(findings.size() == 5);
    CHECK_THAT(findings[0].message, Catch::Contains("`EP_SIZE` on line 5"));
    CHECK(findings[0].fix == std::optional<std::string>(" \\"));
    CHECK_THAT(findings[1].message, Catch::Contains("comment"));
    CHECK_FALSE(findings[1].fix);
    CHECK(findings[2].fix == std::optional<std::string>(" \\"));
    CHECK_THAT(findings[3].message, Catch::Contains("blank line"));
    CHECK(findings[3].location.end_line == 15);  // the fix deletes the blank line
    CHECK(findings[3].fix == std::optional<std::string>(""));
    CHECK_THAT(findings[4].message, Catch::Contains("trailing blanks"));
}

TEST_CASE("shell/broken-continuation: a missing backslash after a trailing comment gets no fix", "[shell]") {
    auto findings = lint_shell_text("vllm serve m --port 1  # the port\n  --tp 8\n");
    REQUIRE(positions_of(findings, "shell/broken-continuation").size() == 1);
    CHECK_FALSE(findings[0].fix);
}

TEST_CASE("shell/broken-continuation flags a backslash followed by trailing blanks", "[shell]") {
    auto findings = lint_shell_text("vllm serve m \\  \n  --tp 8\n");
    CHECK(positions_of(findings, "shell/broken-continuation") == Positions{{1, 15}});
}

TEST_CASE("shell/broken-continuation stays quiet on continuations, strings and comments", "[shell]") {
    auto findings = lint_shell_fixture("broken_continuation_good.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
}

TEST_CASE("shell/unexported-engine-var flags engine settings the server never sees", "[shell]") {
    auto findings = lint_shell_fixture("unexported_engine_var_bad.sh");
    INFO(describe(findings));
    CHECK(positions_of(findings, "shell/unexported-engine-var") == Positions{{2, 1}, {3, 1}});
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].fix == std::optional<std::string>("export SGLANG_ENABLE_SPEC_V2=1"));
    CHECK(findings[0].location.end_column == 24);  // the whole assignment, which the fix replaces
}

TEST_CASE("shell/unexported-engine-var stays quiet on exported, read and prefix settings", "[shell]") {
    auto findings = lint_shell_fixture("unexported_engine_var_good.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
    CHECK(lint_shell_text("set -a\nVLLM_USE_V1=1\n").empty());
}

TEST_CASE("shell/hardcoded-concurrency flags literal concurrency and prompt counts", "[shell]") {
    auto findings = lint_shell_fixture("hardcoded_concurrency_bad.sh");
    INFO(describe(findings));
    CHECK(positions_of(findings, "shell/hardcoded-concurrency") == Positions{{3, 21}, {4, 17}});
    REQUIRE(findings.size() == 2);
    // The fix replaces the literal value.
    CHECK(findings[0].fix == std::optional<std::string>("\"$CONC\""));
    CHECK(findings[1].fix == std::optional<std::string>("\"$((CONC * 10))\""));
}

TEST_CASE("shell/hardcoded-concurrency stays quiet on values derived from $CONC", "[shell]") {
    auto findings = lint_shell_fixture("hardcoded_concurrency_good.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
}

TEST_CASE("shell findings are silenced by sweepc disable comments on the line or the line above", "[shell]") {
    auto findings = lint_shell_fixture("suppressed.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
    // The same script without its comments reports all three.
    auto unsuppressed = lint_shell_text(
        "if [ \"$EP_SIZE\" -gt 1 ]; then echo ep; fi\npython3 bench.py --max-concurrency 8\nSGLANG_FLAG=1\n");
    CHECK(unsuppressed.size() == 3);
    // A disable comment names its rules: another rule on that line is still reported.
    auto other_rule = lint_shell_text("SGLANG_FLAG=1  # sweepc disable=shell/unknown-env\n");
    CHECK(positions_of(other_rule, "shell/unexported-engine-var") == Positions{{1, 1}});
}

TEST_CASE("a script with syntax errors is still linted where it parses", "[shell]") {
    auto findings = lint_shell_text("if [ \"$EP_SIZE\" -gt 1 ]; then\n  echo (\nfi\n");
    CHECK_FALSE(positions_of(findings, "shell/unset-integer-test").empty());
}
