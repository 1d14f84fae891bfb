#include "review/script_changes.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "lint/suite_files.h"
#include "review/git.h"
#include "source/relative_path.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

std::string change_name(char status) {
    switch (status) {
        case 'A': return "added";
        case 'D': return "deleted";
        case 'R': return "renamed";
        default: return "modified";
    }
}

// Who runs a file, counted over one version's runs.
void add_users(const std::string& path, const ConfigVersion& version, const ScriptConventions& conventions,
               TouchedScript& touched) {
    if (!version.ok()) return;
    std::set<std::string> seen;
    auto add = [&](const Run& run) {
        ++touched.jobs;
        if (seen.insert(run.entry->key).second) touched.configs.push_back(run.entry->key);
    };
    if (path.starts_with("runners/")) {
        touched.kind = "launcher";
        std::set<std::string> runner_types;
        for (const RunnerType& type : version.config->runner_types) {
            for (const std::string& node : type.nodes) {
                if (launcher_for_node(node) == path) runner_types.insert(type.name);
            }
        }
        for (const Run& run : version.runs) {
            if (runner_types.contains(run.runner)) add(run);
        }
        return;
    }
    // A run uses the file when some launcher of its runner type tries it (a revision's other files
    // are not at hand, so each candidate counts).
    ScriptSite site{"", [&path](std::string_view candidate) { return candidate == path; }};
    for (const Run& run : version.runs) {
        bool uses = resolve_benchmark_script(run, conventions, site).script == path;
        for (const std::string& launcher : launchers_of(run, *version.config)) {
            site.launcher = launcher;
            uses = uses || resolve_benchmark_script(run, conventions, site).script == path;
        }
        if (uses) add(run);
    }
    touched.kind = touched.configs.empty() ? "helper" : "benchmark script";
}

}  // namespace

std::vector<TouchedScript> touched_scripts(const std::string& base, const std::optional<std::string>& head,
                                           const std::string& suite_root, const ConfigVersion& base_version,
                                           const ConfigVersion& head_version, const ScriptConventions& conventions,
                                           Diagnostics& diagnostics) {
    const std::string benchmarks = (fs::path(suite_root) / "benchmarks").lexically_normal().generic_string();
    const std::string runners = (fs::path(suite_root) / "runners").lexically_normal().generic_string();
    // --relative: paths relative to the working directory, like every path the user gives.
    std::vector<std::string> args = {"diff", "--name-status", "-z", "-M", "--relative", "--no-ext-diff", base};
    if (head) args.push_back(*head);
    args.insert(args.end(), {"--", benchmarks, runners});
    GitResult diff = run_git(args);
    if (diff.status != 0) {
        diagnostics.error("io", SourceLocation::whole_file(benchmarks),
                          fmt::format("git diff --name-status {} failed: {}", base, diff.err));
        return {};
    }
    std::map<std::string, TouchedScript> touched;  // by path: path order
    const std::vector<std::string> fields = split_nul_separated(diff.out);
    for (std::size_t i = 0; i < fields.size() && !fields[i].empty();) {
        const char status = fields[i][0];
        TouchedScript file;
        file.change = change_name(status);
        if (status == 'R' || status == 'C') {
            if (i + 2 >= fields.size()) break;
            file.old_path = path_relative_to(fields[i + 1], suite_root);
            file.path = path_relative_to(fields[i + 2], suite_root);
            i += 3;
        } else {
            if (i + 1 >= fields.size()) break;
            file.path = path_relative_to(fields[i + 1], suite_root);
            i += 2;
        }
        touched[file.path] = std::move(file);
    }
    if (!head) {
        GitResult untracked = run_git({"ls-files", "-z", "--others", "--exclude-standard", "--", benchmarks, runners});
        for (const std::string& path : split_nul_separated(untracked.out)) {
            if (path.empty()) continue;
            TouchedScript file;
            file.change = "added";
            file.path = path_relative_to(path, suite_root);
            touched.emplace(file.path, std::move(file));
        }
    }
    std::vector<TouchedScript> out;
    for (auto& [path, file] : touched) {
        // A file that is gone is described by the configs that ran it before.
        if (file.change == "deleted") {
            add_users(file.path, base_version, conventions, file);
        } else {
            add_users(file.path, head_version, conventions, file);
        }
        if (file.change == "renamed" && file.configs.empty()) {
            // Renamed away from what the configs run: they ran the old name.
            add_users(file.old_path, base_version, conventions, file);
        }
        out.push_back(std::move(file));
    }
    return out;
}

}  // namespace sweepc
