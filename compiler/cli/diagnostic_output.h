#pragma once
#include <string>

#include <CLI/CLI.hpp>

#include "source/diagnostic.h"
#include "source/render_sarif.h"
#include "source/source_map.h"

namespace sweepc {

struct DiagnosticOutputOptions {
    std::string format = "human";  // human, json, sarif, github
    std::string color = "auto";    // auto, always, never
    // check and lint print findings as their output; other commands print them on stderr so
    // they never mix with a matrix on stdout.
    bool to_stdout = false;
    // SARIF helpUri base: docs/rules.md of this version on GitHub unless a site of one's own is given.
    std::string docs_url = default_rules_doc_url();
};

void add_diagnostic_output_options(CLI::App& command, DiagnosticOutputOptions& options);

// --docs-url: the absolute URL of a copy of docs/rules.md; each SARIF rule links to its section.
CLI::Option* add_docs_url_option(CLI::App& command, std::string& docs_url);

// The SARIF description of every rule, linked to `docs_url`, with artifact URIs relative to the
// git repository around `folder` (or to `folder` itself outside git): what %SRCROOT% is to
// GitHub code scanning.
SarifOptions sarif_options(const std::string& docs_url, const std::string& folder);

// Prints diagnostics to standard error in the chosen format and returns the exit status they
// call for: 2 when any is a usage or I/O error, 1 for other errors, 0 otherwise.
int report_diagnostics(Diagnostics& diagnostics, const SourceMap& sources, const DiagnosticOutputOptions& options);

}  // namespace sweepc
