#include "cli/command_tree.h"

#include <algorithm>

namespace sweepc {

std::string command_path(const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::App* app = &command; app != nullptr; app = app->get_parent()) names.push_back(app->get_name());
    std::string path;
    for (auto it = names.rbegin(); it != names.rend(); ++it) {
        if (!path.empty()) path += ' ';
        path += *it;
    }
    return path;
}

std::vector<const CLI::App*> visible_subcommands(const CLI::App& command) {
    // CLI11 hides a subcommand whose group is empty.
    return command.get_subcommands([](const CLI::App* sub) { return !sub->get_name().empty() && !sub->get_group().empty(); });
}

namespace {

void collect_commands(const CLI::App& command, std::vector<const CLI::App*>& out) {
    out.push_back(&command);
    for (const CLI::App* sub : visible_subcommands(command)) collect_commands(*sub, out);
}

}  // namespace

std::vector<const CLI::App*> all_commands(const CLI::App& root) {
    std::vector<const CLI::App*> commands;
    collect_commands(root, commands);
    return commands;
}

std::vector<const CLI::Option*> named_options(const CLI::App& command) {
    std::vector<const CLI::Option*> options;
    for (const CLI::App* app = &command; app != nullptr; app = app->get_parent()) {
        for (const CLI::Option* option : app->get_options()) {
            // CLI11 hides an option whose group is empty.
            if (option->nonpositional() && !option->get_group().empty()) options.push_back(option);
        }
        // Options of a parent count only when CLI11 passes unknown ones up to it.
        if (!app->get_fallthrough()) break;
    }
    return options;
}

std::vector<const CLI::Option*> positional_arguments(const CLI::App& command) {
    return command.get_options([](const CLI::Option* option) { return option->get_positional(); });
}

std::string display_name(const CLI::Option& option) {
    if (!option.get_lnames().empty()) return "--" + option.get_lnames().front();
    if (!option.get_snames().empty()) return "-" + option.get_snames().front();
    return option.get_name();
}

// A flag expects no items (CLI11 gives it a type size of 1 and an expected count of 0).
bool takes_value(const CLI::Option& option) { return option.get_items_expected_max() > 0; }

std::vector<std::string> option_choices(const CLI::Option& option) {
    // CLI11 keeps validators private; each one's description is appended to the type name, and
    // CLI::IsMember describes itself as the set "{a,b,c}" (e.g. "TEXT:{human,json}").
    const std::string type = option.get_type_name();
    const std::size_t open = type.find(":{");
    if (open == std::string::npos || type.back() != '}') return {};
    std::vector<std::string> choices;
    std::string current;
    for (std::size_t i = open + 2; i + 1 < type.size(); ++i) {
        if (type[i] == ',') {
            choices.push_back(current);
            current.clear();
        } else {
            current += type[i];
        }
    }
    choices.push_back(current);
    return choices;
}

std::string value_placeholder(const CLI::Option& option) {
    std::vector<std::string> choices = option_choices(option);
    if (!choices.empty()) {
        std::string joined;
        for (const std::string& choice : choices) joined += (joined.empty() ? "" : "|") + choice;
        return joined;
    }
    std::string type = option.get_type_name();
    type = type.substr(0, type.find(':'));
    if (type == "INT" || type == "UINT" || type == "INT64") return "N";
    return type.empty() ? "VALUE" : type;
}

}  // namespace sweepc
