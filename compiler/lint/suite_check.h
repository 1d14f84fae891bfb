#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "review/suite_repository.h"
#include "plan/sweep_options.h"
#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

// What `sweepc check` looks at: one checkout of the suite (or a git revision of it materialised
// in a folder, for --new-since).
struct Edition;

struct SuiteCheckInputs {
    std::string suite_root = ".";
    std::vector<std::string> config_files;   // empty: the suite's master configs (edition/suite_layout.h)
    std::optional<std::string> runner_file;  // default: the runners.yaml beside the master configs found
    const Edition* edition = nullptr;        // --edition; nullptr: detected
    std::optional<std::string> conventions;  // default: the built-in script conventions
    std::int64_t max_runs = default_max_runs;  // --max-runs (plan/run_budget.h)
    // The changelog's entries after its end at this revision are the new ones (changelog rules).
    std::string changelog_base = "HEAD";
    // Where git finds the changelog, when the suite root is not a git checkout of its own (a
    // revision's tree in a temporary folder): the path of the same file in the working tree.
    std::optional<std::string> changelog_git_path;
    // The repository the changelog's pr-links must point at; nullopt: not known.
    std::optional<SuiteRepository> repository;
};

// Everything one check found, and what it covered.
struct SuiteCheck {
    Diagnostics diagnostics;
    SourceMap sources;
    std::vector<std::string> config_files;  // as read
    std::string runner_file;
    std::size_t scripts_linted = 0;
    // Checks the suite root or the configs' edition did not allow (no benchmarks/ or runners/
    // folder; script resolution not implemented for the edition), said once each.
    std::vector<std::string> skipped_checks;
};

// Loads the configs, runs the config rules, the shell rules on every benchmark script a run
// resolves to and on every runner launch script (runners/*.sh), and the changelog rules. Never
// stops at the first problem; usage errors (no such suite root, no configs) are reported under
// rule "usage".
SuiteCheck check_suite(const SuiteCheckInputs& inputs);

}  // namespace sweepc
