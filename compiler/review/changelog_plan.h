#pragma once
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/config.h"
#include "review/changelog.h"
#include "review/changelog_sweeps.h"
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

// The added entries, parsed and checked against the edition's changelog schema
// (Edition::changelog.entry_schema), with locations on the head version of the file. `sources`
// receives the added text (under "<file> (added lines)"), for quoting.
std::optional<AddedChangelog> parse_changelog_additions(const ChangelogAdditions& additions, const Edition& edition,
                                                        SourceMap& sources, Diagnostics& diagnostics);

// What `sweepc changelog` prints: the sweep the added entries call for, in the edition's
// changelog-matrix schema (Edition::changelog.matrix_schema): its buckets in order, each row in
// its kind's key order with defaults filled in and nulls left out, then changelog_metadata with
// the added entries as written (laid out by the edition's changelog schema).
nlohmann::ordered_json render_changelog_plan(const ChangelogSweep& sweep, const AddedChangelog& added,
                                             const std::string& base_ref, const std::string& head_ref,
                                             const Edition& edition);

}  // namespace sweepc
