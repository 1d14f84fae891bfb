// The command line as a user meets it: help for every command, did-you-mean for commands and
// options, argparse-style option prefixes, and usage errors that list arguments as given.
#include <catch2/catch.hpp>

#include "cli/command_tree.h"
#include "cli/sweepc_app.h"
#include "source/sweepc_version.h"
#include "support/test_support.h"

using namespace sweepc::test;

namespace {

const std::vector<std::string> fixture_inputs = {"--config-files", "tests/fixtures/core/resolution/master.yaml", "--runner-config",
                                                 "tests/fixtures/core/resolution/runners.yaml"};

std::vector<std::string> with_inputs(std::vector<std::string> args) {
    args.insert(args.end(), fixture_inputs.begin(), fixture_inputs.end());
    return args;
}

// Every command path of the registered tree below sweepc itself: "check", "matrix full-sweep", ...
std::vector<std::vector<std::string>> every_command() {
    sweepc::SweepcApp sweepc;
    std::vector<std::vector<std::string>> paths;
    for (const CLI::App* command : sweepc::all_commands(sweepc.app())) {
        std::vector<std::string> words;
        for (const CLI::App* app = command; app->get_parent() != nullptr; app = app->get_parent()) {
            words.insert(words.begin(), app->get_name());
        }
        if (!words.empty()) paths.push_back(words);
    }
    return paths;
}

}  // namespace

TEST_CASE("sweepc --version prints the project version", "[cli]") {
    CommandResult result = run_sweepc({"--version"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "sweepc " + std::string(sweepc::sweepc_version) + "\n");
    // The version comes from project(sweepc VERSION ...) and nowhere else.
    std::string cmake = read_file(source_dir() / "CMakeLists.txt");
    CHECK(cmake.find("project(sweepc VERSION " + std::string(sweepc::sweepc_version)) != std::string::npos);
}

TEST_CASE("sweepc help and sweepc help COMMAND print the same help as --help, for every command", "[cli]") {
    CommandResult top = run_sweepc({"help"});
    CHECK(top.exit_code == 0);
    CHECK(top.out.find("Usage: sweepc [OPTIONS] [SUBCOMMAND]") != std::string::npos);
    CHECK(top.out.find("A subcommand is required") == std::string::npos);
    const std::vector<std::vector<std::string>> commands = every_command();
    REQUIRE(commands.size() >= 10);
    for (const std::vector<std::string>& command : commands) {
        std::string path;
        for (const std::string& word : command) path += " " + word;
        INFO("sweepc" << path);
        std::vector<std::string> help_args = {"help"};
        help_args.insert(help_args.end(), command.begin(), command.end());
        CommandResult help = run_sweepc(help_args);
        CHECK(help.exit_code == 0);
        CHECK(help.err.empty());
        CHECK(help.out.find("Usage: sweepc" + path + " ") != std::string::npos);
        std::vector<std::string> dash_help = command;
        dash_help.push_back("--help");
        CommandResult flag = run_sweepc(dash_help);
        CHECK(flag.exit_code == 0);
        CHECK(flag.out == help.out);
        CHECK(top.out.find(command.front()) != std::string::npos);
    }
}

TEST_CASE("no command, an unknown command and a missing subcommand are usage errors that list the commands",
          "[cli]") {
    CommandResult bare = run_sweepc({});
    CHECK(bare.exit_code == 2);
    CHECK(bare.out.empty());
    CHECK(bare.err.find("Usage: sweepc") != std::string::npos);

    CommandResult typo = run_sweepc({"chek"});
    CHECK(typo.exit_code == 2);
    CHECK(typo.err == "sweepc: error: unknown command 'chek'; did you mean 'check'?\nRun 'sweepc help' for usage.\n");

    CommandResult unknown = run_sweepc({"frobnicate", "--config-files", "x"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.find("unknown command 'frobnicate'; the commands are 'matrix', 'lint', 'check'") !=
          std::string::npos);
    CHECK(unknown.err.find("A subcommand is required") == std::string::npos);

    CommandResult help_typo = run_sweepc({"help", "matrix", "full-swep"});
    CHECK(help_typo.exit_code == 2);
    CHECK(help_typo.err ==
          "sweepc: error: unknown command 'full-swep' for 'sweepc matrix'; did you mean 'full-sweep'?\n");

    CommandResult no_mode = run_sweepc({"matrix"});
    CHECK(no_mode.exit_code == 2);
    CHECK(no_mode.err.find("'sweepc matrix' needs a command: 'full-sweep', 'runner-model-sweep' or 'test-config'") !=
          std::string::npos);
}

TEST_CASE("an unknown option gets the closest one of its command, or the commands it belongs to", "[cli]") {
    CommandResult typo = run_sweepc(with_inputs({"matrix", "full-sweep", "--seq-lenz", "1k1k"}));
    CHECK(typo.exit_code == 2);
    CHECK(typo.out.empty());
    CHECK(typo.err ==
          "sweepc: error: unknown option '--seq-lenz' for 'sweepc matrix full-sweep'; did you mean '--seq-lens'?\n"
          "Run 'sweepc help matrix full-sweep' for usage.\n");

    CommandResult elsewhere = run_sweepc(with_inputs({"matrix", "test-config", "--config-keys", "x", "--runner-type", "h100"}));
    CHECK(elsewhere.exit_code == 2);
    CHECK(elsewhere.err.find("unknown option '--runner-type' for 'sweepc matrix test-config'; '--runner-type' is an "
                             "option of 'sweepc matrix full-sweep' and 'sweepc matrix runner-model-sweep'") !=
          std::string::npos);

    // Every unknown option is reported, in the order given.
    CommandResult two = run_sweepc({"check", "--strikt", "--formatt", "json"});
    CHECK(two.exit_code == 2);
    const std::size_t first = two.err.find("'--strikt'");
    const std::size_t second = two.err.find("'--formatt'");
    CHECK(first != std::string::npos);
    CHECK(second != std::string::npos);
    CHECK(first < second);
    CHECK(two.err.find("did you mean '--format'?") != std::string::npos);
}

TEST_CASE("long options take any unambiguous prefix, as argparse does", "[cli]") {
    const std::vector<std::string> full = {"matrix", "full-sweep", "--seq-lens", "1k1k", "--step-size", "4",
                                           "--model-prefix", "alpha"};
    const std::vector<std::string> abbreviated = {"matrix", "full-sweep", "--seq-len", "1k1k", "--step", "4",
                                                  "--model", "alpha"};
    CommandResult expected = run_sweepc(with_inputs(full));
    REQUIRE(expected.exit_code == 0);
    REQUIRE(expected.out.size() > 2);
    CommandResult result = run_sweepc(with_inputs(abbreviated));
    CHECK(result.exit_code == 0);
    CHECK(result.out == expected.out);

    // --name=value keeps its value.
    CommandResult with_equals = run_sweepc(with_inputs({"matrix", "full-sweep", "--seq=1k1k", "--step=4", "--model=alpha"}));
    CHECK(with_equals.exit_code == 0);
    CHECK(with_equals.out == expected.out);

    // An exact name wins over longer names it is a prefix of.
    CommandResult exact = run_sweepc(with_inputs({"matrix", "test-config", "--config-keys", "*", "--conc", "4"}));
    CHECK(exact.exit_code == 0);
}

TEST_CASE("an ambiguous prefix is a usage error that lists every candidate", "[cli]") {
    CommandResult result = run_sweepc(with_inputs({"matrix", "full-sweep", "--max", "4"}));
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err.find("ambiguous option '--max' for 'sweepc matrix full-sweep': could match ") != std::string::npos);
    for (const char* candidate : {"--max-conc", "--max-tp", "--max-ep", "--max-input-size", "--max-jobs"}) {
        CHECK(result.err.find(candidate) != std::string::npos);
    }
    CommandResult check = run_sweepc({"check", "--c", "x"});
    CHECK(check.exit_code == 2);
    CHECK(check.err.find("could match --config-files, --conventions, --changed-since, --color") != std::string::npos);
}

TEST_CASE("unexpected arguments are listed in the order given", "[cli]") {
    CommandResult result = run_sweepc({"check", "first", "second", "third"});
    CHECK(result.exit_code == 2);
    CHECK(result.err == "sweepc: error: unexpected arguments 'first', 'second', 'third'\nRun 'sweepc help check' for usage.\n");
}

TEST_CASE("values that look like commands or options stay values", "[cli]") {
    // "check" after --config-keys is a config key (an unknown one), not the check command.
    CommandResult key = run_sweepc(with_inputs({"matrix", "test-config", "--config-keys", "check"}));
    CHECK(key.exit_code == 2);
    CHECK(key.err.find("unknown command") == std::string::npos);
    CHECK(key.err.find("check") != std::string::npos);
    // After --, nothing is an option: lint gets a file named --strict and says it cannot read it.
    CommandResult separator = run_sweepc({"lint", "--", "--strict"});
    CHECK(separator.exit_code == 2);
    CHECK(separator.out.find("--strict: error: cannot open file") != std::string::npos);
    CHECK(separator.err.find("unknown option") == std::string::npos);
}

namespace {

const std::vector<std::string> inputs_2026_08 = {"--config-files", "tests/fixtures/editions/2026-08/master.yaml",
                                                 "--runner-config", "tests/fixtures/editions/2026-08/runners.yaml"};

std::vector<std::string> with_2026_08_inputs(std::vector<std::string> args) {
    args.insert(args.end(), inputs_2026_08.begin(), inputs_2026_08.end());
    return args;
}

}  // namespace

TEST_CASE("option prefixes in the 2026-08 edition: test-config's --seq-len is --seq-lens, --step is --step-size",
          "[cli][editions]") {
    const std::vector<std::string> test_config = {"matrix", "test-config", "--config-keys", "toy-fp8-h100-vllm"};
    CommandResult every = run_sweepc(with_2026_08_inputs(test_config));
    REQUIRE(every.exit_code == 0);
    std::vector<std::string> spelled_out = test_config;
    spelled_out.insert(spelled_out.end(), {"--seq-lens", "1k1k"});
    CommandResult expected = run_sweepc(with_2026_08_inputs(spelled_out));
    REQUIRE(expected.exit_code == 0);
    REQUIRE(expected.out.size() > 2);
    REQUIRE(expected.out != every.out);  // the filter keeps fewer runs, so it is seen to apply
    std::vector<std::string> prefix = test_config;
    prefix.insert(prefix.end(), {"--seq-len", "1k1k"});
    CommandResult abbreviated = run_sweepc(with_2026_08_inputs(prefix));
    CHECK(abbreviated.exit_code == 0);
    CHECK(abbreviated.out == expected.out);

    CommandResult default_step = run_sweepc(with_2026_08_inputs({"matrix", "full-sweep"}));
    CommandResult step_size = run_sweepc(with_2026_08_inputs({"matrix", "full-sweep", "--step-size", "4"}));
    CommandResult step = run_sweepc(with_2026_08_inputs({"matrix", "full-sweep", "--step", "4"}));
    REQUIRE(step_size.exit_code == 0);
    REQUIRE(step_size.out != default_step.out);
    CHECK(step.exit_code == 0);
    CHECK(step.out == step_size.out);
    // The edition itself may be abbreviated too, after the command's name.
    CommandResult edition = run_sweepc(with_2026_08_inputs({"matrix", "full-sweep", "--ed", "2026-08", "--step", "4"}));
    CHECK(edition.exit_code == 0);
    CHECK(edition.out == step_size.out);
}

TEST_CASE("option prefixes in the 2026-08 edition: an ambiguous prefix lists its candidates", "[cli][editions]") {
    CommandResult result =
        run_sweepc(with_2026_08_inputs({"matrix", "test-config", "--config-keys", "toy-fp8-h100-vllm", "--s", "1k1k"}));
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err ==
          "sweepc: error: ambiguous option '--s' for 'sweepc matrix test-config': could match --scenario-type, "
          "--seq-lens\nRun 'sweepc help matrix test-config' for usage.\n");
    CommandResult evals = run_sweepc(with_2026_08_inputs({"matrix", "full-sweep", "--e"}));
    CHECK(evals.exit_code == 2);
    for (const char* candidate : {"--edition", "--evals-only"}) CHECK(evals.err.find(candidate) != std::string::npos);
}

TEST_CASE("option prefixes in the 2026-03 edition: --seq-len of test-config names the edition that has it",
          "[cli][editions]") {
    // The prefix is spelled out whatever the edition; test-config's --seq-lens is 2026-08 only.
    CommandResult result = run_sweepc(with_inputs({"matrix", "test-config", "--config-keys", "*", "--seq-len", "1k1k"}));
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(result.err.find("'--seq-lens' belongs to the 2026-08 edition, and this run reads 2026-03") !=
          std::string::npos);
}

TEST_CASE("every command that reads configs accepts --edition after its name", "[cli][editions]") {
    sweepc::SweepcApp sweepc;
    std::vector<std::string> reading_configs;
    for (const CLI::App* command : sweepc::all_commands(sweepc.app())) {
        bool reads_configs = false;
        bool has_edition = false;
        for (const CLI::Option* option : sweepc::named_options(*command)) {
            reads_configs = reads_configs || sweepc::display_name(*option) == "--config-files";
            has_edition = has_edition || sweepc::display_name(*option) == "--edition";
        }
        if (!reads_configs) continue;
        const std::string path = sweepc::command_path(*command);
        INFO(path);
        CHECK(has_edition);
        reading_configs.push_back(path.substr(std::string("sweepc ").size()));
    }
    CHECK(reading_configs == std::vector<std::string>{"matrix full-sweep", "matrix runner-model-sweep",
                                                      "matrix test-config", "check", "diff", "changelog", "emit"});
    for (const std::string& path : reading_configs) {
        std::vector<std::string> args;
        for (std::size_t start = 0, end; start < path.size(); start = end + 1) {
            end = std::min(path.find(' ', start), path.size());
            args.push_back(path.substr(start, end - start));
        }
        args.insert(args.end(), {"--edition", "2026-99"});
        INFO("sweepc " << path << " --edition 2026-99");
        CommandResult result = run_sweepc(args);
        CHECK(result.exit_code == 2);
        CHECK(result.err.find("--edition: 2026-99 not in {2026-03,2026-08}") != std::string::npos);
    }
}
