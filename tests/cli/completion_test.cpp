// `sweepc completion bash|zsh|fish`, loaded into the real shells and asked to complete.
#include <algorithm>

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace sweepc::test;

namespace {

struct CompletionCase {
    std::vector<std::string> words;  // the command line; the last word is being completed
    std::vector<std::string> expected;
};

// Command lines whose candidates do not depend on the files in the folder.
const std::vector<CompletionCase> cases = {
    {{"sweepc", ""}, {"changelog", "check", "completion", "diff", "emit", "help", "lint", "matrix", "migrate"}},
    {{"sweepc", "ch"}, {"changelog", "check"}},
    {{"sweepc", "matrix", ""}, {"full-sweep", "runner-model-sweep", "test-config"}},
    {{"sweepc", "matrix", "full-sweep", "--seq"}, {"--seq-lens"}},
    {{"sweepc", "check", "--format", ""}, {"github", "human", "json", "sarif"}},
    {{"sweepc", "help", "matrix", ""}, {"full-sweep", "runner-model-sweep", "test-config"}},
    {{"sweepc", "completion", ""}, {"bash", "fish", "zsh"}},
    {{"sweepc", "diff", "--format", ""}, {"json", "markdown"}},
};

std::string joined(const std::vector<std::string>& words) {
    std::string line;
    for (const std::string& word : words) line += (line.empty() ? "" : " ") + word;
    return line;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        // fish prints "candidate<TAB>description"
        line = line.substr(0, line.find('\t'));
        if (!line.empty()) out.push_back(line);
        start = end + 1;
    }
    return out;
}

std::string completion_script(const std::string& shell) {
    CommandResult result = run_sweepc({"completion", shell});
    REQUIRE(result.exit_code == 0);
    REQUIRE(result.err.empty());
    return result.out;
}

}  // namespace

TEST_CASE("completion: the bash script parses, passes shellcheck and completes commands, options and values",
          "[cli][completion]") {
    TempDir temp;
    write_file(temp / "sweepc.bash", completion_script("bash"));
    CHECK(run_program({"bash", "-n", (temp / "sweepc.bash").string()}, temp.path()).exit_code == 0);
    CommandResult lint = run_program({"shellcheck", "-s", "bash", (temp / "sweepc.bash").string()}, temp.path());
    CHECK(lint.out == "");
    CHECK(lint.exit_code == 0);
    for (const CompletionCase& test : cases) {
        INFO(joined(test.words));
        std::vector<std::string> argv = {"bash", (source_dir() / "tests/cli/complete_bash.sh").string(),
                                         (temp / "sweepc.bash").string()};
        argv.insert(argv.end(), test.words.begin(), test.words.end());
        CommandResult result = run_program(argv, temp.path());
        CHECK(result.exit_code == 0);
        CHECK(lines(result.out) == test.expected);
    }
    // File names where a command takes files.
    write_file(temp / "runners.yaml", "");
    CommandResult files = run_program({"bash", (source_dir() / "tests/cli/complete_bash.sh").string(),
                                       (temp / "sweepc.bash").string(), "sweepc", "check", "--runner-config", "run"},
                                      temp.path());
    CHECK(lines(files.out) == std::vector<std::string>{"runners.yaml"});
}

TEST_CASE("completion: zsh's completion system completes commands, options and values", "[cli][completion]") {
    TempDir temp;
    write_file(temp / "_sweepc", completion_script("zsh"));
    CHECK(run_program({"zsh", "-n", (temp / "_sweepc").string()}, temp.path()).exit_code == 0);
    for (const CompletionCase& test : cases) {
        INFO(joined(test.words));
        CommandResult result = run_program(
            {"zsh", "-f", (source_dir() / "tests/cli/complete_zsh.zsh").string(), temp.path().string(), joined(test.words)},
            temp.path());
        CHECK(result.exit_code == 0);
        CHECK(lines(result.out) == test.expected);
    }
}

TEST_CASE("completion: fish completes commands, options and values", "[cli][completion]") {
    TempDir temp;
    write_file(temp / "sweepc.fish", completion_script("fish"));
    CHECK(run_program({"fish", "--no-execute", (temp / "sweepc.fish").string()}, temp.path()).exit_code == 0);
    for (const CompletionCase& test : cases) {
        INFO(joined(test.words));
        CommandResult result = run_program(
            {"fish", "--no-config", "-c", "source $argv[1]; complete --do-complete=$argv[2]", (temp / "sweepc.fish").string(),
             joined(test.words)},
            temp.path());
        CHECK(result.exit_code == 0);
        std::vector<std::string> candidates = lines(result.out);
        std::sort(candidates.begin(), candidates.end());
        CHECK(candidates == test.expected);
    }
}

TEST_CASE("completion: an unknown shell is a usage error", "[cli][completion]") {
    CommandResult result = run_sweepc({"completion", "tcsh"});
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err.find("tcsh") != std::string::npos);
}
