#pragma once
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace sweepc {

// What a shell needs to complete one command of the tree, read off the registered CLI11 options.
struct CompletionOption {
    std::vector<std::string> names;    // "--format", and "-h" where there is a short name
    std::string description;
    bool takes_value = false;
    std::vector<std::string> choices;  // empty: a file name
};

struct CompletionCommand {
    std::string path;                      // "matrix full-sweep"; "" for sweepc itself
    std::string description;
    std::vector<std::string> subcommands;  // names, in registration order
    std::vector<std::string> subcommand_descriptions;
    std::vector<CompletionOption> options;
    enum class Operands { none, files, words, command_names } operands = Operands::none;
    std::vector<std::string> operand_words;  // for Operands::words
};

std::vector<CompletionCommand> completion_commands(const CLI::App& root);

// One edge of the command tree, as each script's "which command is this" function walks it:
// from `parent` ("" for sweepc itself), the word `name` leads to `child` ("matrix full-sweep").
struct CommandStep {
    std::string parent;
    std::string name;
    std::string child;
};
std::vector<CommandStep> command_steps(const std::vector<CompletionCommand>& commands);

// The scripts `sweepc completion bash|zsh|fish` prints, generated from the same commands.
std::string bash_completion_script(const std::vector<CompletionCommand>& commands);
std::string zsh_completion_script(const std::vector<CompletionCommand>& commands);
std::string fish_completion_script(const std::vector<CompletionCommand>& commands);

}  // namespace sweepc
