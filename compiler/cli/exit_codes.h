#pragma once

namespace sweepc {

// One meaning per status, the same for every subcommand.
enum ExitCode : int {
    exit_ok = 0,        // success; for check/lint: no errors (and no warnings under --strict)
    exit_findings = 1,  // invalid configuration or lint findings
    exit_usage = 2,     // bad command line, unreadable input, unwritable output
};

}  // namespace sweepc
