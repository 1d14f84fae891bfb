#include "review/new_since.h"

#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "review/fingerprint.h"
#include "review/revision_tree.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

bool is_invocation_error(const Diagnostic& d) {
    return d.severity == Severity::error && (d.rule == "usage" || d.rule == "io");
}

}  // namespace

bool keep_findings_new_since(const std::string& revision, const SuiteCheckInputs& current, Diagnostics& diagnostics) {
    std::unique_ptr<RevisionTree> tree = RevisionTree::materialise(revision, current.suite_root, diagnostics);
    if (!tree) return false;
    SuiteCheckInputs before = current;
    before.suite_root = tree->suite_root();
    for (std::string& file : before.config_files) file = tree->path_at_revision(file);
    if (before.runner_file) before.runner_file = tree->path_at_revision(*before.runner_file);
    if (before.conventions) before.conventions = tree->path_at_revision(*before.conventions);
    before.changelog_base = revision;
    // git finds the revision's changelog by its path in the working tree.
    before.changelog_git_path = (fs::path(current.suite_root) / "perf-changelog.yaml").lexically_normal().generic_string();
    SuiteCheck at_revision = check_suite(before);
    assign_fingerprints(at_revision.diagnostics, at_revision.sources, before.suite_root);

    std::map<std::string, std::size_t> present_before;
    bool revision_checked = true;
    for (const Diagnostic& d : at_revision.diagnostics.all()) {
        ++present_before[d.fingerprint];
        if (is_invocation_error(d)) revision_checked = false;
    }
    Diagnostics kept;
    for (const Diagnostic& d : diagnostics.all()) {
        auto before_count = present_before.find(d.fingerprint);
        if (!is_invocation_error(d) && before_count != present_before.end() && before_count->second > 0) {
            --before_count->second;
            continue;
        }
        kept.add(d);
    }
    if (!revision_checked) {
        // Said, because then every finding of today counts as new.
        kept.add({"usage", Severity::note, SourceLocation::whole_file("--new-since"),
                  fmt::format("the suite at '{}' could not be checked (its configs or runners file are missing), so "
                              "every finding counts as new",
                              revision),
                  std::nullopt});
    }
    diagnostics = std::move(kept);
    return true;
}

}  // namespace sweepc
