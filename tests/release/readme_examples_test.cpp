// The README's examples are real: each ```console block's `$ ` commands are run from the
// repository's root with the built sweepc first on PATH (`build/sweepc` in a command means the
// same binary), and their output (stdout and stderr, as a terminal shows them) must match the
// lines under the command. Two shorthands keep long output readable: a line that is just `...`
// stands for any number of lines, and a line ending in `...` for any line starting with the text
// before it. A `$ cd DIR` line changes the folder the block's later commands run in, as it would
// in a terminal. Illustrative output that is not run belongs in a ```text block.
#include <filesystem>

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace sweepc::test;
namespace fs = std::filesystem;

namespace {

struct ConsoleExample {
    std::size_t line = 0;  // of the command in the document
    std::string directory;  // relative to the repository's root, set by an earlier `$ cd` of its block
    std::string command;
    std::vector<std::string> expected;
};

std::vector<ConsoleExample> console_examples(const std::string& markdown) {
    std::vector<ConsoleExample> examples;
    const std::vector<std::string> lines = split_lines(markdown);
    bool in_console = false;
    std::string directory;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        if (!in_console) {
            in_console = line == "```console";
            directory.clear();
            continue;
        }
        if (line.starts_with("```")) {
            in_console = false;
            continue;
        }
        if (line.starts_with("$ cd ") && line.find_first_of(";&|", 5) == std::string::npos) {
            directory = (fs::path(directory) / line.substr(5)).lexically_normal().generic_string();
        } else if (line.starts_with("$ ")) {
            ConsoleExample example{i + 1, directory, line.substr(2), {}};
            // A command continued with a trailing backslash, which bash reads as one line.
            while (example.command.ends_with("\\") && i + 1 < lines.size()) example.command += "\n" + lines[++i];
            examples.push_back(example);
        } else if (!examples.empty()) {
            examples.back().expected.push_back(line);
        }
    }
    return examples;
}

bool line_matches(const std::string& pattern, const std::string& actual) {
    if (pattern.size() > 3 && pattern.ends_with("...")) return actual.starts_with(pattern.substr(0, pattern.size() - 3));
    return pattern == actual;
}

// `...` alone matches any number of lines; backtracking keeps it simple and the texts are short.
bool output_matches(const std::vector<std::string>& expected, std::size_t e, const std::vector<std::string>& actual,
                    std::size_t a) {
    if (e == expected.size()) return a == actual.size();
    if (expected[e] == "...") {
        for (std::size_t skip = a; skip <= actual.size(); ++skip) {
            if (output_matches(expected, e + 1, actual, skip)) return true;
        }
        return false;
    }
    return a < actual.size() && line_matches(expected[e], actual[a]) && output_matches(expected, e + 1, actual, a + 1);
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

}  // namespace

TEST_CASE("README: every console example is the output of its command", "[release][readme]") {
    const std::vector<ConsoleExample> examples = console_examples(read_file(source_dir() / "README.md"));
    REQUIRE(examples.size() >= 4);
    const std::string bin = fs::path(SWEEPC_BINARY).parent_path().string();
    for (const ConsoleExample& example : examples) {
        const std::string command = replace_all(example.command, "build/sweepc", "sweepc");
        INFO("README.md:" << example.line << ": $ " << example.command);
        CommandResult result =
            run_program({"env", "PATH=" + bin + ":/usr/bin:/bin", "NO_COLOR=1", "bash", "-c", command + " 2>&1"},
                        source_dir() / example.directory);
        const std::vector<std::string> actual = split_lines(result.out);
        INFO("output:\n" << result.out);
        CHECK(output_matches(example.expected, 0, actual, 0));
    }
}

TEST_CASE("README: the example matcher tells matching output from different output", "[release][readme]") {
    const std::vector<ConsoleExample> examples =
        console_examples("text\n```console\n$ a \\\n  b\none\n...\nfour\n$ cd x/y\n$ c\nlong...\n```\n"
                         "```sh\n$ not run\n```\n```console\n$ d\n```\n");
    REQUIRE(examples.size() == 3);
    CHECK(examples[0].command == "a \\\n  b");
    CHECK(examples[0].line == 3);
    CHECK(examples[0].directory.empty());
    CHECK(examples[1].directory == "x/y");
    CHECK(examples[2].directory.empty());
    CHECK(output_matches(examples[0].expected, 0, {"one", "two", "three", "four"}, 0));
    CHECK(output_matches(examples[0].expected, 0, {"one", "four"}, 0));
    CHECK_FALSE(output_matches(examples[0].expected, 0, {"one", "two"}, 0));
    CHECK_FALSE(output_matches(examples[0].expected, 0, {"one", "four", "five"}, 0));
    CHECK(output_matches(examples[1].expected, 0, {"long line"}, 0));
    CHECK_FALSE(output_matches(examples[1].expected, 0, {"short"}, 0));
}
