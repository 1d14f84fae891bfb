// Every integer option of every command goes through one parser (cli/integer_option.h): negatives,
// values past 2^63 / 2^64 and non-decimal forms are usage errors (exit 2) naming the option.
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "cli/integer_option.h"
#include "hardening/bounded_run.h"
#include "support/test_support.h"

using namespace sweepc::test;

namespace {

struct IntegerOption {
    std::vector<std::string> command;  // the command line before the option
    std::string option;
    bool is_unsigned;                  // bound to a size (2^64 - 1 at most) rather than an int64
};

std::vector<IntegerOption> every_integer_option() {
    const std::vector<std::string> full{"matrix", "full-sweep", "--config-files", "master.yaml", "--runner-config",
                                        "runners.yaml"};
    const std::vector<std::string> runner_model{"matrix", "runner-model-sweep", "--runner-type", "mi355x",
                                                "--config-files", "master.yaml", "--runner-config", "runners.yaml"};
    const std::vector<std::string> test_config{"matrix", "test-config", "--config-keys", "*", "--config-files",
                                               "master.yaml", "--runner-config", "runners.yaml"};
    const std::vector<std::string> emit{"emit", "--config-files", "master.yaml", "--runner-config", "runners.yaml",
                                        "--out", "generated"};
    const std::vector<std::string> check{"check", "--config-files", "master.yaml", "--runner-config", "runners.yaml"};
    const std::vector<std::string> diff{"diff",          "--base-files",    "master.yaml", "--head-files",
                                        "master.yaml", "--runner-config", "runners.yaml"};
    std::vector<std::string> github = full;
    github.push_back("--github-output");
    return {
        {full, "--step-size", false},     {full, "--min-conc", false},      {full, "--max-conc", false},
        {full, "--max-tp", false},        {full, "--max-ep", false},        {full, "--max-input-size", true},
        {github, "--max-jobs", true},     {runner_model, "--conc", false},  {test_config, "--conc", false},
        {emit, "--max-jobs", true},       {emit, "--max-input-size", true}, {full, "--max-runs", false},
        {runner_model, "--max-runs", false}, {test_config, "--max-runs", false}, {emit, "--max-runs", false},
        {check, "--max-runs", false},     {diff, "--max-runs", false},
    };
}

}  // namespace

TEST_CASE("integer option text: digits only, no sign, no leading zero, within the type", "[hardening]") {
    CHECK(sweepc::integer_option_problem("0", 10).empty());
    CHECK(sweepc::integer_option_problem("256", 1000).empty());
    CHECK(sweepc::integer_option_problem("9223372036854775807", INT64_MAX).empty());
    CHECK(sweepc::integer_option_problem("18446744073709551615", UINT64_MAX).empty());
    CHECK_THAT(sweepc::integer_option_problem("9223372036854775808", INT64_MAX), Catch::Contains("is too large"));
    CHECK_THAT(sweepc::integer_option_problem("18446744073709551616", UINT64_MAX), Catch::Contains("is too large"));
    CHECK_THAT(sweepc::integer_option_problem("99999999999999999999999", UINT64_MAX), Catch::Contains("too large"));
    CHECK_THAT(sweepc::integer_option_problem("-1", UINT64_MAX), Catch::Contains("'-1' is negative"));
    for (const char* form : {"+5", "0x10", "1e3", " 5", "5 ", "5.0", "٣"}) {
        INFO(form);
        CHECK_THAT(sweepc::integer_option_problem(form, UINT64_MAX), Catch::Contains("is not a decimal whole number"));
    }
    CHECK_THAT(sweepc::integer_option_problem("010", UINT64_MAX), Catch::Contains("leading zero"));
    CHECK_THAT(sweepc::integer_option_problem("", UINT64_MAX), Catch::Contains("empty"));
}

TEST_CASE("every integer option refuses negatives, overflow and non-decimal forms with exit 2", "[hardening]") {
    TempDir dir;
    write_file(dir / "master.yaml",
               "kimik2.5-fp4-mi355x-vllm:\n  image: vllm/vllm-openai-rocm:v0.18.0\n  model: amd/Kimi-K2.5-MXFP4\n"
               "  model-prefix: kimik2.5\n  runner: mi355x\n  precision: fp4\n  framework: vllm\n"
               "  multinode: false\n  seq-len-configs:\n  - { isl: 1024, osl: 1024, search-space: [ { tp: 8, "
               "conc-list: [4] } ] }\n");
    write_file(dir / "runners.yaml", "mi355x:\n- mi355x-amds_0\n");
    for (const IntegerOption& option : every_integer_option()) {
        const std::string too_large = option.is_unsigned ? "18446744073709551616" : "9223372036854775808";
        for (const std::string& value : {std::string("-1"), too_large, std::string("0x10"), std::string("010"),
                                         std::string("1e3"), std::string("+4")}) {
            std::vector<std::string> args = option.command;
            args.push_back(option.option);
            args.push_back(value);
            BoundedResult result = run_sweepc_bounded(args, dir.path(), {"GITHUB_OUTPUT=" + (dir / "out").string()});
            INFO(option.option << " " << value << "\n" << result.err);
            REQUIRE_FALSE(result.blocked);
            CHECK(result.exit_code == 2);
            CHECK(result.out.empty());
            CHECK_THAT(result.err, Catch::StartsWith("sweepc: error: " + option.option + ": '" + value + "'"));
        }
    }
    CHECK_FALSE(std::filesystem::exists(dir / "generated"));
    CHECK_FALSE(std::filesystem::exists(dir / "out"));
}
