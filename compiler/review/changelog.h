#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/yaml_node.h"
#include "model/config.h"
#include "source/source_location.h"

namespace sweepc {

// The file every PR that changes what a config benchmarks appends to (schemas/<edition>/changelog.schema.json).
inline constexpr const char* default_changelog_file = "perf-changelog.yaml";

// One entry of perf-changelog.yaml, with where its parts are written.
struct ChangelogEntry {
    const yaml::Node* node = nullptr;
    SourceLocation location;  // the entry's mapping
    std::vector<std::string> config_keys;
    std::vector<SourceLocation> config_key_locations;
    std::vector<std::string> description;
    std::string pr_link;
    SourceLocation pr_link_location;
    bool evals_only = false;
    // 2026-08 on.
    bool all_evals = false;
    bool append_only = false;
    std::optional<std::int64_t> eval_min_prefill_ep;
    std::vector<std::string> scenario_types;  // empty: every scenario
    std::vector<std::pair<std::string, SourceLocation>> field_locations;  // each key as written

    // Where a field's key is written; the entry's mapping when it is not.
    SourceLocation field_location(std::string_view field) const;
};

// The entries a change added to the changelog, parsed from the added lines alone (as the suite's
// processor reads them). Entry locations are on the head version of the file.
struct AddedChangelog {
    std::vector<ChangelogEntry> entries;
    std::deque<yaml::Document> documents;  // owns the nodes `entries` point to
    std::string file;                       // the changelog, as the user named it
    std::string added_path;                 // "<file> (added lines)": where the nodes are
    std::vector<int> head_lines;            // head line of each added line

    // A location in the added lines, moved onto the head version of the file (others unchanged).
    SourceLocation to_head(SourceLocation location) const;
};

// The entries of a changelog document, in file order. Parts of the wrong type are left empty:
// the schema check reports them.
std::vector<ChangelogEntry> read_changelog_entries(const yaml::Document& document);

// Changelog patterns as the suite's processor reads them: `*` matches any run of characters and
// every other character is literal (unlike --config-keys globs, `?` and `[` are not special).
bool changelog_pattern_matches(std::string_view pattern, std::string_view key);

// The configs a pattern selects, in config order.
std::vector<const MasterEntry*> configs_matching_pattern(const Config& config, std::string_view pattern);

}  // namespace sweepc
