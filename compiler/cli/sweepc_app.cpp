#include "cli/sweepc_app.h"

#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

#include "cli/command_line_scan.h"
#include "cli/command_tree.h"
#include "cli/commands.h"
#include "source/escape.h"
#include "source/sweepc_version.h"

namespace sweepc {
namespace {

// One usage error as a line of the terminal or CI log: the message quotes the command line, which
// a workflow may have filled from a pull request (source/escape.h).
std::string usage_error_line(const std::string& message) {
    return log_safe_text("sweepc: error: " + visible_text(message)) + "\n";
}

// The command whose help a usage error points at: the deepest one the arguments named.
std::string help_hint(const CommandLineScan& scan) {
    const CLI::App& command = *scan.commands.back();
    std::string path = command_path(command);
    const std::string root = command_path(*scan.commands.front());
    std::string named = path.size() > root.size() ? path.substr(root.size() + 1) : "";
    return "Run 'sweepc help" + (named.empty() ? std::string() : " " + named) + "' for usage.\n";
}

// CLI11 2.1 lists unexpected arguments last one first; they are listed here in the order given.
std::string extras_message(const CLI::App& root) {
    std::vector<std::string> extras = root.remaining(true);
    std::string message = extras.size() == 1 ? "unexpected argument" : "unexpected arguments";
    for (std::size_t i = 0; i < extras.size(); ++i) message += (i == 0 ? " '" : ", '") + extras[i] + "'";
    return message;
}

}  // namespace

SweepcApp::SweepcApp() : app_("sweepc: compiler and validator for LLM-inference benchmark matrices", "sweepc") {
    app_.require_subcommand(0, 1);
    app_.set_version_flag("--version", "sweepc " + std::string(sweepc_version), "Print the version and exit");
    add_matrix_command(app_, exit_code_);
    add_lint_command(app_, exit_code_);
    add_check_command(app_, exit_code_);
    add_diff_command(app_, exit_code_);
    add_changelog_command(app_, exit_code_);
    add_emit_command(app_, exit_code_);
    add_migrate_command(app_, exit_code_);
    add_help_command(app_, exit_code_);
    add_completion_command(app_, exit_code_);
    // Set after the commands: CLI11 copies the footer into subcommands added after it.
    app_.footer("Run 'sweepc help COMMAND' for the options of a command. Exit status: 0 success, 1 findings or "
                "invalid configuration, 2 usage or I/O error.");
}

int SweepcApp::run(std::vector<std::string> args) {
    if (args.empty()) {
        // No command: the list of commands, as a usage error.
        std::cerr << app_.get_formatter()->make_help(&app_, "sweepc", CLI::AppFormatMode::Normal);
        return exit_usage;
    }
    CommandLineScan scan = scan_command_line(app_, args);
    if (!scan.errors.empty()) {
        for (const std::string& error : scan.errors) std::cerr << usage_error_line(error);
        std::cerr << help_hint(scan);
        return exit_usage;
    }
    // CLI11 takes the arguments last one first.
    std::vector<std::string> reversed(scan.args.rbegin(), scan.args.rend());
    try {
        app_.parse(reversed);
    } catch (const CLI::CallForHelp& e) {
        return app_.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app_.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app_.exit(e);
    } catch (const CLI::ExtrasError&) {
        std::cerr << usage_error_line(extras_message(app_)) << help_hint(scan);
        return exit_usage;
    } catch (const CLI::ParseError& e) {
        // One line, then the hint; never CLI11's full help dump for a typo.
        std::cerr << usage_error_line(e.what()) << help_hint(scan);
        return exit_usage;
    } catch (const std::exception& e) {
        std::cerr << log_safe_text("sweepc: internal error: " + visible_text(e.what())) << "\n";
        return exit_usage;
    }
    std::fflush(stdout);
    return exit_code_;
}

}  // namespace sweepc
