#include "cli/command_line_scan.h"

#include <algorithm>

#include <fmt/format.h>

#include "cli/command_tree.h"
#include "source/did_you_mean.h"

namespace sweepc {
namespace {

bool is_long_option(const std::string& arg) { return arg.size() > 2 && arg.starts_with("--") && arg[2] != '-'; }

// CLI11 reads "-5" as a value, not a short option, when no option is named -5.
bool is_short_option(const std::string& arg) {
    return arg.size() > 1 && arg[0] == '-' && arg[1] != '-' && !(arg[1] >= '0' && arg[1] <= '9');
}

const CLI::App* find_subcommand(const CLI::App& command, const std::string& name) {
    for (const CLI::App* sub : visible_subcommands(command)) {
        if (sub->get_name() == name) return sub;
    }
    return nullptr;
}

// "a", "a and b", "a, b and c" (or "a, b or c")
std::string join_words(const std::vector<std::string>& items, const char* last_separator = " and ") {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? last_separator : ", ";
        out += items[i];
    }
    return out;
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }

// The options whose long names start with `prefix`, each once, in registration order.
std::vector<const CLI::Option*> options_with_prefix(const std::vector<const CLI::Option*>& options,
                                                    const std::string& prefix) {
    std::vector<const CLI::Option*> matches;
    for (const CLI::Option* option : options) {
        for (const std::string& name : option->get_lnames()) {
            if (name.starts_with(prefix)) {
                matches.push_back(option);
                break;
            }
        }
    }
    return matches;
}

const CLI::Option* option_named(const std::vector<const CLI::Option*>& options, const std::string& name) {
    for (const CLI::Option* option : options) {
        const auto& names = option->get_lnames();
        if (std::find(names.begin(), names.end(), name) != names.end()) return option;
    }
    return nullptr;
}

// The commands other than `command` that have an option of this exact long name.
std::vector<std::string> commands_with_option(const CLI::App& root, const CLI::App& command, const std::string& name) {
    std::vector<std::string> owners;
    for (const CLI::App* other : all_commands(root)) {
        if (other != &command && option_named(named_options(*other), name) != nullptr) {
            owners.push_back(quoted(command_path(*other)));
        }
    }
    constexpr std::size_t shown = 4;
    if (owners.size() > shown) {
        const std::size_t more = owners.size() - (shown - 1);
        owners.resize(shown - 1);
        owners.push_back(fmt::format("{} other commands", more));
    }
    return owners;
}

std::string unknown_option_message(const CLI::App& root, const CLI::App& command,
                                   const std::vector<const CLI::Option*>& options, const std::string& name) {
    std::string message = fmt::format("unknown option '--{}' for '{}'", name, command_path(command));
    std::vector<std::string> long_names;
    for (const CLI::Option* option : options) {
        for (const std::string& long_name : option->get_lnames()) long_names.push_back(long_name);
    }
    if (auto suggestion = closest_match(name, long_names)) return message + fmt::format("; did you mean '--{}'?", *suggestion);
    std::vector<std::string> owners = commands_with_option(root, command, name);
    if (!owners.empty()) {
        message += fmt::format("; '--{}' is an option of {}", name, join_words(owners));
    }
    return message;
}

// How many of the arguments after an option's own are its values, as CLI11 will read them: at
// least its minimum whatever they look like, then more while they look like values.
std::size_t values_taken(const CLI::App& command, const CLI::Option& option, bool inline_value,
                         const std::vector<std::string>& args, std::size_t next) {
    if (!takes_value(option)) return 0;
    const std::size_t minimum = static_cast<std::size_t>(
        std::max(0, std::min(option.get_type_size_min(), option.get_items_expected_min()) - (inline_value ? 1 : 0)));
    const std::size_t maximum = static_cast<std::size_t>(std::max(0, option.get_items_expected_max()));
    std::size_t taken = 0;
    while (taken < minimum && next + taken < args.size()) ++taken;
    std::size_t collected = taken + (inline_value ? 1 : 0);
    while (collected < maximum && next + taken < args.size()) {
        const std::string& arg = args[next + taken];
        if (arg == "--" || is_long_option(arg) || is_short_option(arg) || find_subcommand(command, arg) != nullptr) break;
        ++taken;
        ++collected;
    }
    return taken;
}

}  // namespace

std::string unknown_command_message(const CLI::App& command, const std::string& word) {
    std::vector<std::string> names;
    for (const CLI::App* sub : visible_subcommands(command)) names.push_back(sub->get_name());
    std::string message = command.get_parent() == nullptr
                              ? fmt::format("unknown command '{}'", word)
                              : fmt::format("unknown command '{}' for '{}'", word, command_path(command));
    if (auto suggestion = closest_match(word, names)) return message + fmt::format("; did you mean '{}'?", *suggestion);
    std::vector<std::string> quoted_names;
    for (const std::string& name : names) quoted_names.push_back(quoted(name));
    return message + "; the commands are " + join_words(quoted_names);
}

CommandLineScan scan_command_line(const CLI::App& root, const std::vector<std::string>& args) {
    CommandLineScan scan;
    scan.args = args;
    scan.commands.push_back(&root);
    const CLI::App* command = &root;
    bool after_unknown_option = false;
    for (std::size_t i = 0; i < scan.args.size(); ++i) {
        std::string& arg = scan.args[i];
        if (arg == "--") break;  // the rest are positional arguments, whatever they look like
        if (is_long_option(arg)) {
            after_unknown_option = false;
            const std::size_t equals = arg.find('=');
            const bool inline_value = equals != std::string::npos;
            const std::string name = arg.substr(2, inline_value ? equals - 2 : std::string::npos);
            const std::vector<const CLI::Option*> options = named_options(*command);
            const CLI::Option* option = option_named(options, name);
            if (option == nullptr) {
                std::vector<const CLI::Option*> matches = options_with_prefix(options, name);
                if (matches.size() == 1) {
                    option = matches.front();
                    arg = display_name(*option) + (inline_value ? arg.substr(equals) : "");
                } else if (matches.size() > 1) {
                    std::vector<std::string> candidates;
                    for (const CLI::Option* match : matches) candidates.push_back(display_name(*match));
                    scan.errors.push_back(fmt::format("ambiguous option '--{}' for '{}': could match {}", name,
                                                      command_path(*command), fmt::join(candidates, ", ")));
                } else {
                    scan.errors.push_back(unknown_option_message(root, *command, options, name));
                    after_unknown_option = true;
                }
            }
            if (option != nullptr) {
                if (option == command->get_help_ptr() || option == root.get_version_ptr()) scan.asks_for_help = true;
                i += values_taken(*command, *option, inline_value, scan.args, i + 1);
            }
            continue;
        }
        if (is_short_option(arg)) {
            // Short options are few and not abbreviated; CLI11 reports the unknown ones.
            const CLI::Option* help = command->get_help_ptr();
            if (help != nullptr && !help->get_snames().empty() && arg == "-" + help->get_snames().front()) {
                scan.asks_for_help = true;
            }
            continue;
        }
        if (const CLI::App* sub = find_subcommand(*command, arg)) {
            command = sub;
            scan.commands.push_back(sub);
            after_unknown_option = false;
            continue;
        }
        if (after_unknown_option) continue;  // most likely the unknown option's value
        if (!visible_subcommands(*command).empty() && positional_arguments(*command).empty()) {
            scan.errors.push_back(unknown_command_message(*command, arg));
            break;  // what follows belongs to a command that does not exist
        }
    }
    if (scan.errors.empty() && !scan.asks_for_help && command->get_require_subcommand_min() > 0) {
        std::vector<std::string> names;
        for (const CLI::App* sub : visible_subcommands(*command)) names.push_back(quoted(sub->get_name()));
        scan.errors.push_back(
            fmt::format("'{}' needs a command: {}", command_path(*command), join_words(names, " or ")));
    }
    return scan;
}

}  // namespace sweepc
