// `sweepc completion bash|zsh|fish`: the shell completion script, generated from the registered
// commands and options, on stdout.
#include <cstdio>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/completion_script.h"
#include "cli/exit_codes.h"

namespace sweepc {
namespace {

int print_completion(const CLI::App& root, const std::string& shell) {
    const std::vector<CompletionCommand> commands = completion_commands(root);
    const std::string script = shell == "bash"  ? bash_completion_script(commands)
                               : shell == "zsh" ? zsh_completion_script(commands)
                                                : fish_completion_script(commands);
    if (std::fwrite(script.data(), 1, script.size(), stdout) != script.size() || std::fflush(stdout) != 0) {
        std::cerr << "sweepc: error: cannot write the completion script to standard output\n";
        return exit_usage;
    }
    return exit_ok;
}

}  // namespace

void add_completion_command(CLI::App& app, int& exit_code) {
    auto shell = std::make_shared<std::string>();
    CLI::App* command = app.add_subcommand(
        "completion", "Print the shell completion script: source <(sweepc completion bash); zsh and fish too");
    command->add_option("shell", *shell, "The shell: bash, zsh or fish")
        ->required()
        ->check(CLI::IsMember({"bash", "zsh", "fish"}));
    command->callback([&app, shell, &exit_code] { exit_code = print_completion(app, *shell); });
}

}  // namespace sweepc
