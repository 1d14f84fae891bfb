#include "lint/changelog_lint.h"

namespace sweepc {

void check_changelog_final_newline(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings) {
    const std::string& text = inputs.file.text();
    if (text.empty() || text.back() == '\n') return;
    // Without it the next entry appended by a tool or a careless paste joins the last line,
    // and the suite's workflow rejects the file only after the push.
    const int last_line = inputs.file.line_count();
    const int column = static_cast<int>(inputs.file.line(last_line).size()) + 1;
    findings.push_back({"changelog/final-newline", Severity::error,
                        SourceLocation::point(inputs.file.path(), last_line, column),
                        "the changelog does not end with a newline", "add a newline after the last line"});
}

}  // namespace sweepc
