#pragma once
#include <CLI/CLI.hpp>

#include "cli/exit_codes.h"

namespace sweepc {

// The whole command line of sweepc as one CLI11 tree. Every command registers itself here, and
// everything that describes the command line (help, the did-you-mean and option-prefix checks,
// shell completion, the man page) reads this one tree, so a new option shows up in all of them.
class SweepcApp {
public:
    SweepcApp();
    SweepcApp(const SweepcApp&) = delete;
    SweepcApp& operator=(const SweepcApp&) = delete;

    CLI::App& app() { return app_; }
    const CLI::App& app() const { return app_; }

    // Parses `args` (without the program name) and runs the chosen command; returns the process
    // exit status. Usage errors are printed on stderr, one line each, and give exit_usage.
    int run(std::vector<std::string> args);

private:
    int exit_code_ = exit_ok;
    CLI::App app_;
};

}  // namespace sweepc
