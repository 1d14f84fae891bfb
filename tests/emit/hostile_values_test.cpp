// Hostile config values: quotes, $( ), backticks, ${ } and globs reach a generated script's
// environment exactly and run nothing; newlines, ${{ }} and paths out of the suite are refused.
#include <catch2/catch.hpp>

#include "emit/emit_test_support.h"
#include "emit/file_name.h"
#include "emit/shell_quote.h"

using namespace sweepc::test;
using namespace sweepc::test::emit;
namespace fs = std::filesystem;

TEST_CASE("shell_single_quote gives bash back the exact value", "[emit]") {
    TempDir temp;
    const std::vector<std::string> values{"", "plain", "it's", "'", "''", "$(touch pwned-a)", "`touch pwned-b`",
                                          "${HOME} $PATH *", "a\\b", "\"; touch pwned-c; \"", "é ü"};
    for (const std::string& value : values) {
        CommandResult result =
            run_program({"bash", "-c", "printf '%s' " + sweepc::shell_single_quote(value)}, temp.path());
        CHECK(result.exit_code == 0);
        CHECK(result.out == value);
    }
    CHECK(canary_files(temp.path()).empty());
}

TEST_CASE("file names made from config values stay inside their folder and stay distinct", "[emit]") {
    CHECK(sweepc::file_name_component("dsr1-fp8-h200-sglang") == "dsr1-fp8-h200-sglang");
    CHECK(sweepc::file_name_component("..") != "..");
    CHECK(sweepc::file_name_component("..").find('/') == std::string::npos);
    CHECK(sweepc::file_name_component("../etc").find('/') == std::string::npos);
    CHECK(sweepc::file_name_component("a/b") != sweepc::file_name_component("a_b"));
    CHECK(sweepc::file_name_component("").size() > 0);
}

TEST_CASE("hostile values run nothing when the generated scripts run", "[emit]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    CommandResult emitted = emit_fixture({"hostile.yaml"}, out);
    INFO(emitted.err);
    REQUIRE(emitted.exit_code == 0);
    const fs::path suite = temp / "suite";
    const std::vector<fs::path> scripts = run_scripts(out);
    REQUIRE(scripts.size() == 2);

    for (const fs::path& script : scripts) {
        const std::string text = read_file(script);
        const nlohmann::ordered_json entry = header_matrix_entry(text);
        // The benchmark script's own name carries the hostile model-prefix and precision.
        const std::string benchmark = header_benchmark_script(text);
        CHECK(benchmark.find("$(touch pwned") != std::string::npos);
        write_stub_benchmark(suite, benchmark);

        CommandResult result = run_program({"env", "-u", "RUNNER_NAME", "bash", script.string()}, suite);
        INFO(script.string() << "\n" << result.err);
        REQUIRE(result.exit_code == 0);
        const auto env = parse_environment(result.out);
        // Every value arrives byte for byte, unexpanded.
        CHECK(env.at("IMAGE") == entry["image"].get<std::string>());
        CHECK(env.at("MODEL") == entry["model"].get<std::string>());
        CHECK(env.at("MODEL_PREFIX") == entry["model-prefix"].get<std::string>());
        CHECK(env.at("PRECISION") == entry["precision"].get<std::string>());
        CHECK(env.at("FRAMEWORK") == entry["framework"].get<std::string>());
        CHECK(env.at("RUNNER_NAME") == entry["runner"].get<std::string>());
        CHECK(env.at("EXP_NAME") == entry["exp-name"].get<std::string>());
        if (entry.contains("prefill")) {
            CHECK(env.at("PREFILL_ADDITIONAL_SETTINGS") == "A=$(touch pwned-settings) B=`touch pwned-settings-bt`'");
        }
    }
    // No command in any value ran: no canary file anywhere under the temp folder (the suite the
    // scripts ran in, the output folder, the folder sweepc ran in).
    CHECK(canary_files(temp.path()).empty());
    CHECK(canary_files(source_dir() / "tests" / "fixtures").empty());
    // The hostile config name became a plain folder name.
    bool found_key_folder = false;
    for (const auto& item : fs::directory_iterator(out / "runs")) {
        const std::string name = item.path().filename().string();
        CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") ==
              std::string::npos);
        found_key_folder = found_key_folder || name.rfind("evil-__touch_pwned-key", 0) == 0;
    }
    CHECK(found_key_folder);
}

TEST_CASE("values that cannot be carried safely are refused with a located error", "[emit]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    SECTION("a GitHub Actions expression") {
        CommandResult result = emit_fixture({"expression.yaml"}, out);
        CHECK(result.exit_code == 1);
        CHECK(result.err.find("expression.yaml:3:10: error: image contains '${{', GitHub Actions expression "
                              "syntax") != std::string::npos);
        CHECK(result.err.find("[emit/unsafe-value]") != std::string::npos);
    }
    SECTION("a newline") {
        CommandResult result = emit_fixture({"newline.yaml"}, out);
        CHECK(result.exit_code == 1);
        CHECK(result.err.find("model contains the control character 0x0a (a newline)") != std::string::npos);
    }
    SECTION("a model-prefix that would make file names climb out of their folder") {
        CommandResult result = emit_fixture({"traversal.yaml"}, out);
        CHECK(result.exit_code == 1);
        CHECK(result.err.find("traversal.yaml:5:17: error: model-prefix '../../../tmp/evil' contains '/'") !=
              std::string::npos);
    }
    CHECK_FALSE(fs::exists(out));
    CHECK(canary_files(temp.path()).empty());
}
