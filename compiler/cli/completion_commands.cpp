#include "cli/command_tree.h"
#include "cli/completion_script.h"

namespace sweepc {

std::vector<CompletionCommand> completion_commands(const CLI::App& root) {
    std::vector<CompletionCommand> commands;
    const std::string root_path = command_path(root);
    for (const CLI::App* app : all_commands(root)) {
        CompletionCommand command;
        const std::string path = command_path(*app);
        command.path = path.size() > root_path.size() ? path.substr(root_path.size() + 1) : "";
        command.description = app->get_description();
        for (const CLI::App* sub : visible_subcommands(*app)) {
            command.subcommands.push_back(sub->get_name());
            command.subcommand_descriptions.push_back(sub->get_description());
        }
        for (const CLI::Option* option : named_options(*app)) {
            CompletionOption entry;
            for (const std::string& name : option->get_lnames()) entry.names.push_back("--" + name);
            for (const std::string& name : option->get_snames()) entry.names.push_back("-" + name);
            entry.description = option->get_description();
            entry.takes_value = takes_value(*option);
            entry.choices = option_choices(*option);
            command.options.push_back(entry);
        }
        std::vector<const CLI::Option*> operands = positional_arguments(*app);
        if (command.path == "help") {
            // `sweepc help` takes command names; CLI11 sees only words.
            command.operands = CompletionCommand::Operands::command_names;
        } else if (!operands.empty()) {
            command.operand_words = option_choices(*operands.front());
            command.operands = command.operand_words.empty() ? CompletionCommand::Operands::files
                                                              : CompletionCommand::Operands::words;
        } else if (command.subcommands.empty()) {
            // The values of a multi-value option (--config-files a.yaml b.yaml) are files.
            command.operands = CompletionCommand::Operands::files;
        }
        commands.push_back(std::move(command));
    }
    return commands;
}

std::vector<CommandStep> command_steps(const std::vector<CompletionCommand>& commands) {
    std::vector<CommandStep> steps;
    for (const CompletionCommand& command : commands) {
        for (const std::string& sub : command.subcommands) {
            steps.push_back({command.path, sub, command.path.empty() ? sub : command.path + " " + sub});
        }
    }
    return steps;
}

}  // namespace sweepc
