#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

using sweepc::test::run_sweepc;
using sweepc::test::source_dir;
using sweepc::test::TempDir;
using sweepc::test::write_file;

namespace {

std::string fixture(const std::string& name) { return "tests/fixtures/shell/" + name; }

}  // namespace

TEST_CASE("sweepc lint exits 0 and prints nothing on clean scripts", "[shell][cli]") {
    auto result = run_sweepc({"lint", fixture("unset_integer_test_good.sh"), fixture("hardcoded_concurrency_good.sh")});
    CHECK(result.exit_code == 0);
    CHECK(result.out.empty());
}

TEST_CASE("sweepc lint exits 1 on errors and prints clang-style findings", "[shell][cli]") {
    auto result = run_sweepc({"lint", fixture("unset_integer_test_bad.sh")});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.out, Catch::Contains("tests/fixtures/shell/unset_integer_test_bad.sh:5:6: error:"));
    CHECK_THAT(result.out, Catch::Contains("[shell/unset-integer-test]"));
    CHECK_THAT(result.out, Catch::Contains("if [ \"$EP_SIZE\" -gt 1 ]; then"));
    CHECK_THAT(result.out, Catch::Contains("^~~~~~~~~~"));
    CHECK_THAT(result.out, Catch::Contains("fix: \"${EP_SIZE:-0}\""));
}

TEST_CASE("sweepc lint: warnings fail only under --strict", "[shell][cli]") {
    auto relaxed = run_sweepc({"lint", fixture("hardcoded_concurrency_bad.sh")});
    CHECK(relaxed.exit_code == 0);
    CHECK_THAT(relaxed.out, Catch::Contains("warning:"));
    auto strict = run_sweepc({"lint", "--strict", fixture("hardcoded_concurrency_bad.sh")});
    CHECK(strict.exit_code == 1);
}

TEST_CASE("sweepc lint exits 2 on a missing file or a bad option", "[shell][cli]") {
    auto missing = run_sweepc({"lint", "no/such/script.sh"});
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.out + missing.err, Catch::Contains("no/such/script.sh"));
    CHECK(run_sweepc({"lint"}).exit_code == 2);
    CHECK(run_sweepc({"lint", "--format", "xml", fixture("unset_integer_test_good.sh")}).exit_code == 2);
}

TEST_CASE("sweepc lint --format json and github", "[shell][cli]") {
    auto json_result = run_sweepc({"lint", "--format", "json", fixture("non_numeric_integer_test_bad.sh")});
    CHECK(json_result.exit_code == 1);
    auto findings = nlohmann::json::parse(json_result.out);
    REQUIRE(findings.is_array());
    REQUIRE(findings.size() == 3);
    CHECK(findings[0]["rule"] == "shell/non-numeric-integer-test");
    CHECK(findings[0]["line"] == 3);
    CHECK(findings[0]["column"] == 27);
    auto github = run_sweepc({"lint", "--format", "github", fixture("unknown_env_bad.sh")});
    CHECK_THAT(github.out, Catch::Contains("line=3,col=25") && Catch::Contains("title=shell/unknown-env::"));
}

TEST_CASE("sweepc lint --format sarif describes the shell rules", "[shell][cli]") {
    auto result = run_sweepc({"lint", "--format", "sarif", fixture("unexported_engine_var_bad.sh")});
    auto sarif = nlohmann::json::parse(result.out);
    CHECK(sarif["version"] == "2.1.0");
    auto rules = sarif["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == 1);
    CHECK(rules[0]["id"] == "shell/unexported-engine-var");
    CHECK_THAT(rules[0]["shortDescription"]["text"].get<std::string>(), Catch::Contains("never exported"));
}

TEST_CASE("sweepc lint --guard replaces the guard names", "[shell][cli]") {
    TempDir dir;
    write_file(dir / "run.sh", "require_vars EP_SIZE\n[ \"$EP_SIZE\" -gt 1 ] && echo ep\n");
    CHECK(run_sweepc({"lint", (dir / "run.sh").string()}).exit_code == 1);
    CHECK(run_sweepc({"lint", "--guard", "require_vars", (dir / "run.sh").string()}).exit_code == 0);
}
