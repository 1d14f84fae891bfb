#include <cstdio>
#include <exception>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/exit_codes.h"

int main(int argc, char** argv) {
    CLI::App app{"sweepc: compiler and validator for LLM-inference benchmark matrices"};
    app.require_subcommand(1);
    app.set_version_flag("--version", "sweepc 0.1.0");
    int exit_code = sweepc::exit_ok;
    sweepc::add_matrix_command(app, exit_code);
    sweepc::add_lint_command(app, exit_code);
    sweepc::add_check_command(app, exit_code);
    sweepc::add_diff_command(app, exit_code);
    sweepc::add_changelog_command(app, exit_code);
    sweepc::add_emit_command(app, exit_code);
    sweepc::add_migrate_command(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        // One line, then the hint; never CLI11's full help dump for a typo.
        std::cerr << "sweepc: error: " << e.what() << "\n" << "Run with --help for usage.\n";
        return sweepc::exit_usage;
    } catch (const std::exception& e) {
        std::cerr << "sweepc: internal error: " << e.what() << "\n";
        return sweepc::exit_usage;
    }
    std::fflush(stdout);
    return exit_code;
}
