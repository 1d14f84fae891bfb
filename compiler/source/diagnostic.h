#pragma once
#include <optional>
#include <string>
#include <vector>

#include "source/source_location.h"

namespace sweepc {

enum class Severity { error, warning, note };

const char* severity_name(Severity severity);

// One finding. `rule` is a stable id such as "schema", "yaml-syntax" or "shell/unset-integer-test".
// `message` says what is wrong and what to do; `fix` is a mechanical replacement when one exists.
struct Diagnostic {
    std::string rule;
    Severity severity = Severity::error;
    SourceLocation location;
    std::string message;
    std::optional<std::string> fix;
    // Names the finding independently of line numbers, so it can be recognised in another
    // version of the file (baselines, --new-since, SARIF partialFingerprints). Set by
    // assign_fingerprints (review/fingerprint.h) once all findings of a run are known; empty before.
    std::string fingerprint{};
};

// The one sink every stage reports into. Stages keep going after an error where they can,
// so a user sees every problem of a run at once.
class Diagnostics {
public:
    void add(Diagnostic diagnostic);
    void error(std::string rule, SourceLocation location, std::string message,
               std::optional<std::string> fix = std::nullopt);
    void warning(std::string rule, SourceLocation location, std::string message,
                 std::optional<std::string> fix = std::nullopt);

    const std::vector<Diagnostic>& all() const { return items_; }
    std::size_t error_count() const;
    std::size_t warning_count() const;
    bool has_errors() const { return error_count() > 0; }
    bool empty() const { return items_.empty(); }

    // Orders by file, line, column, rule so output is deterministic whatever order stages ran in.
    void sort();

private:
    std::vector<Diagnostic> items_;
};

}  // namespace sweepc
