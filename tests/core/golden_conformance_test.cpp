// Every command line of the suite's golden sets must print exactly the bytes its Python generator
// printed: the 2026-03 edition's (../shared/inferencex/golden/commands.tsv, run from
// ../shared/inferencex/configs) and the 2026-08 edition's (../shared/inferencex/2026-08/golden,
// run from ../shared/inferencex/2026-08/configs). Neither passes --edition: it is detected.
#include <catch2/catch.hpp>

#include <sstream>

#include "support/test_support.h"

using namespace sweepc::test;

namespace {

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> words;
    std::istringstream in(text);
    std::string word;
    while (in >> word) words.push_back(word);
    return words;
}

std::string strip_trailing_newline(std::string text) {
    if (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}

// Runs every row of `golden/commands.tsv` in `configs` and compares with `golden/<name>.json`;
// returns how many rows there were.
int check_golden_rows(const std::filesystem::path& golden, const std::filesystem::path& configs) {
    const std::string commands = read_file(golden / "commands.tsv");
    std::istringstream lines(commands);
    std::string line;
    int rows = 0;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] == '#') continue;
        auto tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        const std::string name = line.substr(0, tab);
        std::vector<std::string> args{"matrix"};
        for (auto& word : split_words(line.substr(tab + 1))) {
            // The rows are shell words; glob patterns are quoted there.
            if (word.size() >= 2 && word.front() == '\'' && word.back() == '\'') word = word.substr(1, word.size() - 2);
            args.push_back(word);
        }
        DYNAMIC_SECTION(name) {
            CommandResult result = run_sweepc(args, configs);
            INFO(result.err);
            REQUIRE(result.exit_code == 0);
            CHECK(result.err.empty());
            const std::string expected = strip_trailing_newline(read_file(golden / (name + ".json")));
            REQUIRE(strip_trailing_newline(result.out).size() == expected.size());
            CHECK(strip_trailing_newline(result.out) == expected);
        }
        ++rows;
    }
    return rows;
}

}  // namespace

TEST_CASE("every 2026-03 golden command prints the generator's bytes", "[golden]") {
    CHECK(check_golden_rows(shared_inferencex_dir() / "golden", shared_inferencex_dir() / "configs") == 12);
}

TEST_CASE("every 2026-08 golden command prints the generator's bytes", "[golden]") {
    const auto edition = shared_inferencex_dir() / "2026-08";
    CHECK(check_golden_rows(edition / "golden", edition / "configs") == 14);
}
