#include <catch2/catch.hpp>

#include <algorithm>

#include "shell/shell_environment_data.h"
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

TEST_CASE("shell/unknown-engine-var flags exported near misses of settings the engine reads", "[shell]") {
    auto findings = lint_shell_fixture("unknown_engine_var_bad.sh");
    CHECK(positions_of(findings, "shell/unknown-engine-var") == Positions{{2, 8}, {3, 8}, {4, 1}});
    REQUIRE(findings.size() == 3);
    CHECK(findings[0].fix == std::optional<std::string>("VLLM_LOGGING_LEVEL"));
    CHECK(findings[1].fix == std::optional<std::string>("VLLM_ROCM_USE_AITER_RMSNORM"));
    CHECK(findings[2].fix == std::optional<std::string>("SGLANG_ENABLE_JIT_DEEPGEMM"));
    // The message names where the known names came from.
    CHECK_THAT(findings[0].message, Catch::Contains("vllm/envs.py at commit"));
    CHECK(findings[0].severity == sweepc::Severity::warning);
}

TEST_CASE("shell/unknown-engine-var stays quiet on known, new and unexported names", "[shell]") {
    CHECK(lint_shell_fixture("unknown_engine_var_good.sh").empty());
}

TEST_CASE("engine settings are data with the engine version they came from", "[shell]") {
    const auto& engines = sweepc::shell::shell_environment_data().engines;
    REQUIRE(engines.size() >= 2);
    for (const auto& engine : engines) {
        INFO(engine.engine);
        CHECK_THAT(engine.source, Catch::Contains("commit"));
        CHECK(engine.variables.size() > 100);
        CHECK(std::is_sorted(engine.variables.begin(), engine.variables.end()));
    }
}
