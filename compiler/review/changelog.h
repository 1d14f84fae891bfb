#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_node.h"
#include "model/config.h"
#include "source/source_location.h"

namespace sweepc {

// The file every PR that changes what a config benchmarks appends to (schemas/changelog.schema.json).
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
