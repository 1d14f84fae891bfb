// Every command line of the suite's golden set must print exactly the bytes its Python generator
// printed (../shared/inferencex/golden/commands.tsv, run from ../shared/inferencex/configs).
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

}  // namespace

TEST_CASE("every golden command prints the generator's bytes", "[golden]") {
    const auto golden = shared_inferencex_dir() / "golden";
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
        for (auto& word : split_words(line.substr(tab + 1))) args.push_back(word);
        DYNAMIC_SECTION(name) {
            CommandResult result = run_sweepc(args, shared_inferencex_dir() / "configs");
            INFO(result.err);
            REQUIRE(result.exit_code == 0);
            CHECK(result.err.empty());
            const std::string expected = strip_trailing_newline(read_file(golden / (name + ".json")));
            REQUIRE(strip_trailing_newline(result.out).size() == expected.size());
            CHECK(strip_trailing_newline(result.out) == expected);
        }
        ++rows;
    }
    CHECK(rows == 12);
}
