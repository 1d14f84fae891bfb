#pragma once
// A copy of tests/fixtures/config/suite (a small suite on which every config rule is quiet) in a
// temporary folder, so each test breaks one thing and runs `sweepc check` inside it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace sweepc::test {

inline constexpr const char* demo_master = ".github/configs/demo-master.yaml";
inline constexpr const char* demo_runners = ".github/configs/runners.yaml";
inline constexpr const char* toy_master = "configs/toy-master.yaml";
inline constexpr const char* toy_runners = "configs/runners.yaml";

class ConfigSuite {
public:
    // `fixture` names a folder of tests/fixtures/config: `suite` (2026-03 layout) or `suite08`.
    explicit ConfigSuite(const std::string& fixture = "suite") {
        std::filesystem::copy(source_dir() / "tests/fixtures/config" / fixture, dir_.path(),
                              std::filesystem::copy_options::recursive);
    }

    const std::filesystem::path& path() const { return dir_.path(); }

    // Replaces the one occurrence of `from` in a suite file; a test that edits nothing is a bug.
    void replace(const std::string& file, const std::string& from, const std::string& to) {
        std::string text = read_file(dir_ / file);
        std::size_t at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        write_file(dir_ / file, text);
    }

    void remove(const std::string& relative) { std::filesystem::remove_all(dir_ / relative); }

    CommandResult check(std::vector<std::string> options = {}) const {
        std::vector<std::string> args{"check"};
        args.insert(args.end(), options.begin(), options.end());
        return run_sweepc(args, dir_.path());
    }

    // The findings of `sweepc check --format json`.
    nlohmann::json findings(std::vector<std::string> options = {}) const {
        options.insert(options.begin(), {"--format", "json"});
        CommandResult result = check(options);
        INFO(result.err);
        REQUIRE(result.exit_code != 2);
        return nlohmann::json::parse(result.out);
    }

private:
    TempDir dir_;
};

inline std::vector<nlohmann::json> findings_of(const nlohmann::json& findings, const std::string& rule) {
    std::vector<nlohmann::json> matching;
    for (const auto& finding : findings) {
        if (finding.at("rule") == rule) matching.push_back(finding);
    }
    return matching;
}

// Asserts exactly one finding of `rule`, at file:line:column, and returns it for further checks.
inline nlohmann::json only_finding(const nlohmann::json& findings, const std::string& rule, const std::string& file,
                                   int line, int column) {
    std::vector<nlohmann::json> matching = findings_of(findings, rule);
    INFO(findings.dump(2));
    REQUIRE(matching.size() == 1);
    CHECK(matching[0].at("file") == file);
    CHECK(matching[0].at("line") == line);
    CHECK(matching[0].at("column") == column);
    return matching[0];
}

}  // namespace sweepc::test
