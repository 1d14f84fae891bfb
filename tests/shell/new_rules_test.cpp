#include <catch2/catch.hpp>

#include "shell/shell_lint_test_support.h"

using sweepc::test::lint_shell_fixture;
using sweepc::test::lint_shell_text;
using sweepc::test::positions_of;
using sweepc::test::Positions;

TEST_CASE("shell/literal-expansion flags \\$NAME passed to a server and ${X:-{...}} JSON defaults", "[shell]") {
    auto findings = lint_shell_fixture("literal_expansion_bad.sh");
    CHECK(positions_of(findings, "shell/literal-expansion") == Positions{{2, 37}, {3, 24}, {4, 83}, {5, 7}});
    REQUIRE(findings.size() == 4);
    CHECK_THAT(findings[0].message, Catch::Contains("`$HF_HUB_CACHE`"));
    CHECK(findings[0].fix == std::optional<std::string>(""));  // delete the backslash
    CHECK(findings[0].location.end_column == 38);
    CHECK_THAT(findings[2].message, Catch::Contains("stray `}`") && Catch::Contains("${OVERRIDE:-$default}"));
    CHECK_FALSE(findings[2].fix);
    CHECK(findings[2].severity == sweepc::Severity::error);
}

TEST_CASE("shell/literal-expansion stays quiet on variables, inner shells, single quotes and comments", "[shell]") {
    auto findings = lint_shell_fixture("literal_expansion_good.sh");
    CHECK(findings.empty());
}

TEST_CASE("shell/unassigned-variable flags lower-case names nothing assigns", "[shell]") {
    auto findings = lint_shell_fixture("unassigned_variable_bad.sh");
    // Once per name, at its first read.
    CHECK(positions_of(findings, "shell/unassigned-variable") == Positions{{2, 29}, {4, 16}});
    REQUIRE(findings.size() == 2);
    CHECK_THAT(findings[0].message, Catch::Contains("`profile_folder`"));
    CHECK(findings[0].severity == sweepc::Severity::warning);
}

TEST_CASE("shell/unassigned-variable knows every way bash assigns, and inputs handled by their author", "[shell]") {
    auto findings = lint_shell_fixture("unassigned_variable_good.sh");
    CHECK(findings.empty());
    // UPPER_CASE names may come from any environment; a misspelling is shell/unknown-env's finding.
    CHECK(lint_shell_text("echo \"$SOME_INPUT\"\n").empty());
    auto misspelt = lint_shell_text("model_path=/m\necho \"$model_pth\"\n");
    CHECK(positions_of(misspelt, "shell/unknown-env") == Positions{{2, 8}});
    CHECK(positions_of(misspelt, "shell/unassigned-variable").empty());
}

TEST_CASE("shell/unassigned-variable ignores words tree-sitter misparses as names", "[shell]") {
    // `${X:-lm-eval}` parses its default as a name `lm`; code inside ERROR nodes is a guess.
    CHECK(lint_shell_text("framework=\"${EVAL_FRAMEWORK:-lm-eval}\"\necho \"$framework\"\n").empty());
}
