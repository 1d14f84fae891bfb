#pragma once
#include <optional>
#include <string>
#include <vector>

#include "source/diagnostic.h"

namespace sweepc {

// One accepted finding of a baseline file (schemas/baseline.schema.json).
struct BaselineEntry {
    std::string fingerprint;
    std::string rule;
    std::string severity;
    std::string file;  // relative to the suite root
    int line = 0;
    std::string message;
};

struct Baseline {
    std::vector<BaselineEntry> findings;
};

// Findings a baseline applies to: errors and warnings of the suite. Notes never fail a check,
// and usage or I/O errors are about this invocation, not about the suite.
bool baselined_kind(const Diagnostic& diagnostic);

// The baseline file for the fingerprinted `diagnostics` (review/fingerprint.h): every finding
// baselined_kind accepts, in diagnostic order; paths relative to `suite_root`. Pretty-printed
// JSON ending with a newline, byte-identical for the same findings.
std::string render_baseline(const Diagnostics& diagnostics, const std::string& suite_root);

// Reads and validates a baseline file. Problems (unreadable, not JSON, not the schema, another
// version) are usage errors located at the file; then nothing is returned.
std::optional<Baseline> read_baseline(const std::string& path, Diagnostics& diagnostics);

// The outcome of holding a run's findings against a baseline.
struct BaselineComparison {
    Diagnostics reported;               // findings not in the baseline, and those it does not apply to
    std::vector<BaselineEntry> fixed;   // entries no finding of this run matches, in file order
    std::size_t unchanged = 0;          // findings the baseline accepted
};

// Matches by fingerprint only. Each entry accepts one finding.
BaselineComparison compare_with_baseline(const Diagnostics& diagnostics, const Baseline& baseline);

}  // namespace sweepc
