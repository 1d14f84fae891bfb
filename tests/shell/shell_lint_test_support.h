#pragma once
#include <string>
#include <utility>
#include <vector>

#include "lint/near_miss.h"
#include "lint/shell_lint.h"
#include "source/diagnostic.h"
#include "support/test_support.h"

namespace sweepc::test {

// Lints tests/fixtures/shell/<name> and returns every finding.
inline std::vector<Diagnostic> lint_shell_fixture(const std::string& name, ShellLintOptions options = {}) {
    std::string path = (source_dir() / "tests" / "fixtures" / "shell" / name).string();
    Diagnostics diagnostics;
    std::optional<SourceFile> file = read_source_file(path, diagnostics);
    if (!file) return diagnostics.all();
    lint_shell_script(*file, options, diagnostics);
    diagnostics.sort();
    return diagnostics.all();
}

inline std::vector<Diagnostic> lint_shell_text(const std::string& text, ShellLintOptions options = {}) {
    Diagnostics diagnostics;
    lint_shell_script(SourceFile("inline.sh", text), options, diagnostics);
    diagnostics.sort();
    return diagnostics.all();
}

// (line, column) of each finding of `rule`, in order.
inline std::vector<std::pair<int, int>> positions_of(const std::vector<Diagnostic>& findings, const std::string& rule) {
    std::vector<std::pair<int, int>> out;
    for (const Diagnostic& d : findings) {
        if (d.rule == rule) out.emplace_back(d.location.line, d.location.column);
    }
    return out;
}

using Positions = std::vector<std::pair<int, int>>;

// One line per finding (rule, line:column, message), for a failing test's INFO.
inline std::string describe(const std::vector<Diagnostic>& findings) {
    std::string out;
    for (const Diagnostic& d : findings) {
        out += d.rule + " " + std::to_string(d.location.line) + ":" + std::to_string(d.location.column) + " " +
               d.message + "\n";
    }
    return out;
}

}  // namespace sweepc::test
