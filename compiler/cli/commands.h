#pragma once
#include <CLI/CLI.hpp>

namespace sweepc {

// Each subcommand lives in its own file and registers itself on the top-level app. When the
// subcommand is chosen and its options parse, its callback stores the exit status in `exit_code`.
void add_matrix_command(CLI::App& app, int& exit_code);
void add_lint_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_diff_command(CLI::App& app, int& exit_code);
void add_changelog_command(CLI::App& app, int& exit_code);
void add_emit_command(CLI::App& app, int& exit_code);
void add_migrate_command(CLI::App& app, int& exit_code);
// `sweepc help [COMMAND...]` and `sweepc completion SHELL` describe the tree `app` heads.
void add_help_command(CLI::App& app, int& exit_code);
void add_completion_command(CLI::App& app, int& exit_code);

}  // namespace sweepc
