#pragma once
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace sweepc {

// The command line read against the registered CLI11 tree before CLI11 parses it, for what CLI11
// does not do or words badly:
// - long options may be abbreviated to any unambiguous prefix, as Python's argparse allows
//   (`--seq-len` for `--seq-lens`, `--step` for `--step-size`); the prefix is spelled out here;
// - an ambiguous prefix, an unknown option or an unknown command is a usage error that names the
//   candidates or the closest spelling ("did you mean '--seq-lens'?");
// - a command that needs a subcommand and got none says which ones there are.
// It works on whatever options the chosen command has registered, so options added later get
// the same treatment.
struct CommandLineScan {
    std::vector<std::string> args;             // the arguments, each option prefix spelled out
    std::vector<const CLI::App*> commands;     // the root, then each subcommand the arguments name
    std::vector<std::string> errors;           // usage errors, in the order of the arguments
    bool asks_for_help = false;                // --help/-h or --version was given
};

CommandLineScan scan_command_line(const CLI::App& root, const std::vector<std::string>& args);

// "unknown command 'chek'; did you mean 'check'?", or the list of the commands `command` has.
std::string unknown_command_message(const CLI::App& command, const std::string& word);

}  // namespace sweepc
