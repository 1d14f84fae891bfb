#pragma once
#include <string>

#include <CLI/CLI.hpp>

#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

struct DiagnosticOutputOptions {
    std::string format = "human";  // human, json, sarif, github
    std::string color = "auto";    // auto, always, never
    // check and lint print findings as their output; other commands print them on stderr so
    // they never mix with a matrix on stdout.
    bool to_stdout = false;
};

void add_diagnostic_output_options(CLI::App& command, DiagnosticOutputOptions& options);

// Prints diagnostics to standard error in the chosen format and returns the exit status they
// call for: 2 when any is a usage or I/O error, 1 for other errors, 0 otherwise.
int report_diagnostics(Diagnostics& diagnostics, const SourceMap& sources, const DiagnosticOutputOptions& options);

}  // namespace sweepc
