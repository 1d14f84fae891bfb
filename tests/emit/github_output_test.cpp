// `sweepc matrix ... --github-output`: the $GITHUB_OUTPUT records, their delimiters, --max-jobs.
#include <catch2/catch.hpp>

#include <set>

#include <fmt/format.h>

#include "emit/emit_test_support.h"
#include "emit/github_output.h"
#include "support/github_output_records.h"

using namespace sweepc::test;
using namespace sweepc::test::emit;
namespace fs = std::filesystem;

namespace {

CommandResult matrix_with_output(const fs::path& output_file, const std::vector<std::string>& extra,
                                 const std::string& config = "small.yaml") {
    std::vector<std::string> args{"matrix", "full-sweep", "--config-files", fixture(config).string(),
                                  "--runner-config", fixture("runners.yaml").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_sweepc(args, source_dir(), {"GITHUB_OUTPUT=" + output_file.string()});
}

}  // namespace

TEST_CASE("github_output_record never uses a delimiter that occurs in the value", "[emit]") {
    std::vector<std::string> delimiters{"EOF", "ghadelimiter_2"};
    std::size_t next = 0;
    auto make = [&] { return delimiters.at(next++); };
    CHECK(sweepc::github_output_record("k", "[\"a\"]\nEOF\ninjected=1", make) ==
          "k<<ghadelimiter_2\n[\"a\"]\nEOF\ninjected=1\nghadelimiter_2\n");
    const std::string random = sweepc::random_output_delimiter();
    CHECK(random.rfind("ghadelimiter_", 0) == 0);
    CHECK(random.size() == 13 + 32);
    CHECK(random != sweepc::random_output_delimiter());
}

TEST_CASE("matrix --github-output appends node-kind and bucket matrices, stdout unchanged", "[emit]") {
    TempDir temp;
    const fs::path output_file = temp / "github_output";
    write_file(output_file, "earlier=kept\n");

    CommandResult plain = run_sweepc({"matrix", "full-sweep", "--config-files", fixture("small.yaml").string(),
                                      "--runner-config", fixture("runners.yaml").string()});
    CommandResult result = matrix_with_output(output_file, {"--github-output"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(result.out == plain.out);

    const auto records = parse_github_output(read_file(output_file));
    std::map<std::string, std::string> values;
    std::set<std::string> delimiters;
    for (const OutputRecord& record : records) {
        values[record.key] = record.value;
        if (!record.delimiter.empty()) {
            CHECK(record.delimiter.rfind("ghadelimiter_", 0) == 0);
            CHECK(record.value.find(record.delimiter) == std::string::npos);
            delimiters.insert(record.delimiter);
        }
    }
    CHECK(values.at("earlier") == "kept");
    CHECK(delimiters.size() == 10);  // a fresh delimiter per record
    CHECK(values.size() == 1 + 10 + 10);
    // The two whole matrices split the plan by node kind, in plan order.
    auto full = nlohmann::json::parse(plain.out);
    auto single = nlohmann::json::array();
    auto multi = nlohmann::json::array();
    for (const auto& entry : full) (entry.contains("prefill") ? multi : single).push_back(entry);
    CHECK(nlohmann::json::parse(values.at("single-node-config")) == single);
    CHECK(nlohmann::json::parse(values.at("multi-node-config")) == multi);
    CHECK(values.at("single-node-parts") == "1");
    CHECK(nlohmann::json::parse(values.at("single-node-1k1k-config")).size() == 5);
    CHECK(nlohmann::json::parse(values.at("single-node-other-config")).size() == 2);
    CHECK(nlohmann::json::parse(values.at("multi-node-8k1k-config")).size() == 1);
    // Every bucket key exists, empty ones as [] so a workflow can test for them.
    CHECK(values.at("single-node-8k1k-config") == "[]");
    CHECK(values.at("multi-node-1k1k-config") == "[]");
    CHECK(values.at("multi-node-other-parts") == "1");
}

TEST_CASE("matrix --github-output honours --max-jobs with numbered part keys", "[emit]") {
    TempDir temp;
    const fs::path output_file = temp / "github_output";
    CommandResult result = matrix_with_output(output_file, {"--github-output", "--max-jobs", "4"});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    std::map<std::string, std::string> values;
    for (const OutputRecord& record : parse_github_output(read_file(output_file))) values[record.key] = record.value;
    // 7 single-node jobs: two parts of 4 and 3, and no unsplit key that would hold more than 4.
    CHECK(values.count("single-node-config") == 0);
    CHECK(values.at("single-node-parts") == "2");
    CHECK(nlohmann::json::parse(values.at("single-node-part-1-config")).size() == 4);
    CHECK(nlohmann::json::parse(values.at("single-node-part-2-config")).size() == 3);
    CHECK(values.at("single-node-1k1k-parts") == "2");
    CHECK(nlohmann::json::parse(values.at("single-node-1k1k-part-1-config")).size() == 3);
    CHECK(nlohmann::json::parse(values.at("single-node-1k1k-part-2-config")).size() == 2);
    CHECK(values.at("multi-node-parts") == "1");
    CHECK(nlohmann::json::parse(values.at("multi-node-config")).size() == 1);
}

TEST_CASE("matrix --github-output refuses unsafe values and a missing GITHUB_OUTPUT", "[emit]") {
    TempDir temp;
    const fs::path output_file = temp / "github_output";
    write_file(output_file, "");
    CommandResult expression = matrix_with_output(output_file, {"--github-output"}, "expression.yaml");
    CHECK(expression.exit_code == 1);
    CHECK(expression.out.empty());
    CHECK(expression.err.find("[emit/unsafe-value]") != std::string::npos);
    CHECK(read_file(output_file).empty());

    // Without the flag the matrix itself is printed as before: the generator never refused.
    CommandResult plain = matrix_with_output(output_file, {}, "expression.yaml");
    CHECK(plain.exit_code == 0);

    CommandResult unset = run_program(
        {"env", "-u", "GITHUB_OUTPUT", SWEEPC_BINARY, "matrix", "full-sweep", "--config-files",
         fixture("small.yaml").string(), "--runner-config", fixture("runners.yaml").string(), "--github-output"},
        temp.path());
    CHECK(unset.exit_code == 2);
    CHECK(unset.err.find("GITHUB_OUTPUT") != std::string::npos);
}
