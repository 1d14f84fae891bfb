// Shapes the suite's real scripts use that the shell rules once reported wrongly: one fixture per
// shape, each next to the nearest shape the rule must still report, so the test can fail.
#include <catch2/catch.hpp>

#include "shell/shell_lint_test_support.h"

using sweepc::test::describe;
using sweepc::test::lint_shell_fixture;
using sweepc::test::lint_shell_text;
using sweepc::test::positions_of;
using sweepc::test::Positions;

TEST_CASE("$(date +%s) and $(( $(date +%s) + N )) are numbers", "[shell][truth]") {
    auto findings = lint_shell_fixture("numeric_date_arithmetic.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
    // A plain command's output still needs the check.
    CHECK(positions_of(lint_shell_text("t=$(stat -c %Y f)\nif [ \"$t\" -gt 0 ]; then :; fi\n"),
                       "shell/non-numeric-integer-test") == Positions{{2, 4}});
}

TEST_CASE("wc -l on standard input prints a number; with a file operand it does not", "[shell][truth]") {
    auto findings = lint_shell_fixture("numeric_wc_count.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
    CHECK(positions_of(lint_shell_text("n=$(wc -l hosts.txt)\nif [ \"$n\" -gt 1 ]; then :; fi\n"),
                       "shell/non-numeric-integer-test") == Positions{{2, 4}});
}

TEST_CASE("grep -c prints a number", "[shell][truth]") {
    auto findings = lint_shell_fixture("numeric_grep_count.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
    CHECK(positions_of(lint_shell_text("n=$(grep ERROR log)\nif [ \"$n\" -gt 1 ]; then :; fi\n"),
                       "shell/non-numeric-integer-test") == Positions{{2, 4}});
}

TEST_CASE("awk printing arithmetic or %d, and tr -dc 0-9, print numbers; awk printing a field does not",
          "[shell][truth]") {
    auto findings = lint_shell_fixture("numeric_awk_number.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
    CHECK(positions_of(lint_shell_text("v=$(tool | awk '{print $NF}')\nif [ \"$v\" -lt 177 ]; then :; fi\n"),
                       "shell/non-numeric-integer-test") == Positions{{2, 4}});
}

TEST_CASE("a test whose errors are silenced (2>/dev/null) expects a non-number", "[shell][truth]") {
    CHECK(lint_shell_text("v=$(tool)\nif [ \"$v\" -gt 0 ] 2>/dev/null; then :; fi\n").empty());
}

TEST_CASE("reads with a default are inputs, and PORT is not suggested as `port`", "[shell][truth]") {
    auto findings = lint_shell_fixture("unknown_env_default_read.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
}

TEST_CASE("reads required with ${X:?} are inputs", "[shell][truth]") {
    auto findings = lint_shell_fixture("unknown_env_required_read.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
}

TEST_CASE("reads guarded by -n, -v or check_env_vars are inputs", "[shell][truth]") {
    auto findings = lint_shell_fixture("unknown_env_guarded_read.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
    // Without the guard the same read is a near miss of the script's `duration`... which an
    // UPPER_CASE input never is: only a lower-case read is matched to a lower-case variable.
    CHECK(lint_shell_text("duration=1\necho \"$DURATION\"\n").empty());
    CHECK(positions_of(lint_shell_text("DURATION=1\necho \"$duration\"\n"), "shell/unknown-env") == Positions{{2, 8}});
}

TEST_CASE("acronym parts are different settings: DP_SIZE is not a misspelling of DCP_SIZE", "[shell][truth]") {
    CHECK(lint_shell_text("PREFILL_DCP_SIZE=1\necho \"$PREFILL_DP_SIZE\"\n").empty());
    CHECK_FALSE(sweepc::closest_near_miss("DP_SIZE", {"DCP_SIZE"}));
}

TEST_CASE("num-prompts -1 (every prompt) is not a hard-coded concurrency", "[shell][truth]") {
    auto findings = lint_shell_fixture("hardcoded_concurrency_all_prompts.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
    CHECK(positions_of(lint_shell_text("vllm bench serve --num-prompts 100\n"), "shell/hardcoded-concurrency") ==
          Positions{{1, 32}});
}

TEST_CASE("a backslash before a blank line, a comment or the end of the file ends a complete command",
          "[shell][truth]") {
    auto findings = lint_shell_fixture("broken_continuation_good.sh");
    INFO(describe(findings));
    CHECK(findings.empty());
}
