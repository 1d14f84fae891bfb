// `sweepc help [COMMAND...]`: the same help text as `--help`, for sweepc or any command.
#include <iostream>
#include <memory>

#include "cli/command_line_scan.h"
#include "cli/command_tree.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"

namespace sweepc {
namespace {

int show_help(const CLI::App& root, const std::vector<std::string>& words) {
    const CLI::App* command = &root;
    for (const std::string& word : words) {
        const CLI::App* next = nullptr;
        for (const CLI::App* sub : visible_subcommands(*command)) {
            if (sub->get_name() == word) next = sub;
        }
        if (next == nullptr) {
            std::cerr << "sweepc: error: " << unknown_command_message(*command, word) << "\n";
            return exit_usage;
        }
        command = next;
    }
    std::cout << command->get_formatter()->make_help(command, command_path(*command), CLI::AppFormatMode::Normal);
    return exit_ok;
}

}  // namespace

void add_help_command(CLI::App& app, int& exit_code) {
    auto words = std::make_shared<std::vector<std::string>>();
    CLI::App* command = app.add_subcommand("help", "Show the help of sweepc or of a command (sweepc help matrix full-sweep)");
    command->add_option("command", *words, "The command and subcommand to describe");
    command->callback([&app, words, &exit_code] { exit_code = show_help(app, *words); });
}

}  // namespace sweepc
