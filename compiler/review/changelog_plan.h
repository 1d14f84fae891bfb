#pragma once
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/config.h"
#include "plan/run.h"
#include "review/changelog.h"
#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

// The lines a change added to the changelog, joined as the suite's processor joins them.
struct ChangelogAdditions {
    std::string file;            // as given by the user
    std::string text;            // added lines joined with '\n'
    std::vector<int> head_lines; // line in the head version of each added line
    // A non-blank line of the base was deleted or changed (reported as changelog/deleted-line).
    bool deleted_lines = false;
};

// Runs `git diff BASE HEAD -- FILE` (HEAD empty: the working tree) and collects the added lines. Deleting a non-blank line is an
// error (rule changelog/deleted-line, and `deleted_lines`): the changelog is a running log.
// Deleting blank or whitespace-only lines is allowed. Returns nothing when git failed.
std::optional<ChangelogAdditions> read_changelog_additions(const std::string& base_ref, const std::string& head_ref,
                                                           const std::string& file, Diagnostics& diagnostics);

// The added entries, parsed and schema-checked, with locations on the head version of the file.
// `sources` receives the added text (under "<file> (added lines)") and the head file, for quoting.
struct AddedChangelog {
    std::vector<ChangelogEntry> entries;
    std::deque<yaml::Document> documents;  // owns the nodes `entries` point to
};
std::optional<AddedChangelog> parse_changelog_additions(const ChangelogAdditions& additions, SourceMap& sources,
                                                        Diagnostics& diagnostics);

// The runs the added entries call for, in plan_changelog's order (entries in changelog order,
// configs in master-config order, each config once). Nothing when a pattern matches no config.
std::optional<std::vector<Run>> changelog_runs(const AddedChangelog& added, const Config& config,
                                               Diagnostics& diagnostics);

// What `sweepc changelog` prints: the sweep the added entries call for, the suite processor's
// contract (see docs/review.md):
//   {"single_node": {"<seq>": [entry, ...]}, "multi_node": {...},
//    "changelog_metadata": {"base_ref", "head_ref", "entries": [...]}}
// Each entry's config-keys are resolved (`*` wildcards) against `config`; keys an earlier entry
// already scheduled are skipped; the rest are swept as `test-config` with evals marked
// (`--evals-only` when the entry says evals-only). Configs of one entry run in config order
// (master config files in order, entries in file order), so the output is stable.
std::optional<nlohmann::ordered_json> plan_changelog(const AddedChangelog& added, const std::string& base_ref,
                                                     const std::string& head_ref, const Config& config,
                                                     Diagnostics& diagnostics);

// The matrix entry of a run as the changelog output writes it: the field order of the suite's
// validated matrix-entry models, which differs from the sweep generator's.
nlohmann::ordered_json changelog_matrix_entry(const Run& run);

}  // namespace sweepc
