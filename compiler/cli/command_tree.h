#pragma once
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace sweepc {

// Read-only questions about the registered CLI11 tree, shared by the command-line scan, help,
// shell completion and the man page, so they all describe the same commands and options.

// "sweepc matrix full-sweep": the program name and the subcommands down to `command`.
std::string command_path(const CLI::App& command);

// The subcommands a user can name after `command`, in registration order (hidden ones left out).
std::vector<const CLI::App*> visible_subcommands(const CLI::App& command);

// Every command of the tree, depth first in registration order, the root first.
std::vector<const CLI::App*> all_commands(const CLI::App& root);

// The named options `command` accepts (its own, then those of parents it falls through to), in
// registration order, without hidden ones.
std::vector<const CLI::Option*> named_options(const CLI::App& command);

// The positional arguments of `command`, in order.
std::vector<const CLI::Option*> positional_arguments(const CLI::App& command);

// "--config-files" for an option registered as "-c,--config-files"; its first short name when it
// has no long one.
std::string display_name(const CLI::Option& option);

// Whether the option reads values (an option) or none (a flag).
bool takes_value(const CLI::Option& option);

// The values an option accepts when it was registered with CLI::IsMember ({"human", "json"}),
// in the order given there; empty when any value goes.
std::vector<std::string> option_choices(const CLI::Option& option);

// The placeholder help shows for the option's value: FILE, N, TEXT or the choices.
std::string value_placeholder(const CLI::Option& option);

}  // namespace sweepc
