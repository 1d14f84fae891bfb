#include "review/changed_lines.h"

#include <filesystem>

#include <fmt/format.h>

#include "review/git.h"
#include "review/unified_diff.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

std::string trim_newline(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    return text;
}

bool concerns_whole_file(const Diagnostic& diagnostic) {
    return diagnostic.location.line <= 0 || diagnostic.rule == "yaml-syntax" || diagnostic.rule == "io" ||
           diagnostic.rule == "usage";
}

}  // namespace

std::string changed_lines_key(const std::string& file) {
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(fs::absolute(file, error), error);
    return canonical.lexically_normal().generic_string();
}

bool ChangedLines::touches(const std::string& file, int first_line, int last_line) const {
    const std::string key = changed_lines_key(file);
    if (new_files_.contains(key)) return true;
    auto it = lines_.find(key);
    if (it == lines_.end()) return false;
    auto at = it->second.lower_bound(first_line);
    return at != it->second.end() && *at <= std::max(first_line, last_line);
}

std::optional<int> ChangedLines::first_touched(const std::string& file, int first_line, int last_line) const {
    const std::string key = changed_lines_key(file);
    if (new_files_.contains(key)) return first_line;
    auto it = lines_.find(key);
    if (it == lines_.end()) return std::nullopt;
    auto at = it->second.lower_bound(first_line);
    if (at == it->second.end() || *at > last_line) return std::nullopt;
    return *at;
}

std::optional<ChangedLines> changed_lines_since(const std::string& revision, const std::vector<std::string>& files,
                                                Diagnostics& diagnostics) {
    const std::optional<std::string> top = git_toplevel(".");
    if (!top) {
        diagnostics.error("usage", SourceLocation::whole_file("--changed-since"),
                          "--changed-since needs a git repository, and this folder is not inside one");
        return std::nullopt;
    }
    if (!git_revision_exists(revision, ".")) {
        diagnostics.error("usage", SourceLocation::whole_file("--changed-since"),
                          fmt::format("'{}' is not a revision of this repository; fetch it first (in CI: "
                                      "actions/checkout with fetch-depth: 0)",
                                      revision));
        return std::nullopt;
    }
    const fs::path root = changed_lines_key(*top);
    ChangedLines changed;
    std::vector<std::string> inside;  // repo-relative paths
    for (const std::string& file : files) {
        fs::path relative = fs::path(changed_lines_key(file)).lexically_relative(root);
        // A file outside the repository is not part of the change: no line of it is touched.
        if (relative.empty() || *relative.begin() == "..") continue;
        inside.push_back(relative.generic_string());
    }
    if (inside.empty()) return changed;
    std::vector<std::string> args = {"diff", "--unified=0", "--no-ext-diff", "--no-textconv", "--no-renames",
                                     revision, "--"};
    args.insert(args.end(), inside.begin(), inside.end());
    GitResult diff = run_git(args, root.string());
    if (diff.status != 0) {
        diagnostics.error("io", SourceLocation::whole_file("--changed-since"),
                          fmt::format("git diff against '{}' failed: {}", revision, trim_newline(diff.err)));
        return std::nullopt;
    }
    for (const FileDiff& file : parse_unified_diff(diff.out)) {
        if (file.new_path.empty()) continue;
        const std::string key = (root / file.new_path).lexically_normal().generic_string();
        for (const DiffLine& line : file.lines) {
            if (line.added) {
                changed.add_line(key, line.new_line);
            } else if (!line.hunk_adds_lines) {
                // Nothing replaced the removed lines: their neighbours are what a reviewer sees.
                changed.add_line(key, line.new_line - 1);
                changed.add_line(key, line.new_line);
            }
        }
    }
    // Untracked files are missing from `git diff`; a file the revision lacks is new throughout.
    for (const std::string& relative : inside) {
        if (run_git({"cat-file", "-e", revision + ":" + relative}, root.string()).status != 0) {
            changed.add_new_file((root / relative).lexically_normal().generic_string());
        }
    }
    return changed;
}

void keep_findings_on_changed_lines(Diagnostics& diagnostics, const ChangedLines& changed) {
    Diagnostics kept;
    for (const Diagnostic& diagnostic : diagnostics.all()) {
        if (concerns_whole_file(diagnostic) ||
            changed.touches(diagnostic.location.file, diagnostic.location.line,
                            std::max(diagnostic.location.line, diagnostic.location.end_line))) {
            kept.add(diagnostic);
        }
    }
    diagnostics = std::move(kept);
}

}  // namespace sweepc
