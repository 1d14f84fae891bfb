#include "review/changelog.h"

#include <algorithm>

namespace sweepc {
namespace {

std::vector<std::string> strings_of(const yaml::Node* node, std::vector<SourceLocation>* locations = nullptr) {
    std::vector<std::string> out;
    if (node == nullptr || node->kind != yaml::Kind::sequence) return out;
    for (const yaml::Node* item : node->items) {
        if (item->kind != yaml::Kind::string) continue;
        out.push_back(item->text);
        if (locations != nullptr) locations->push_back(item->location);
    }
    return out;
}

bool flag_of(const yaml::Node& entry, std::string_view field) {
    const yaml::Node* flag = entry.find(field);
    return flag != nullptr && flag->kind == yaml::Kind::boolean && flag->boolean;
}

}  // namespace

SourceLocation AddedChangelog::to_head(SourceLocation location) const {
    if (location.file != added_path) return location;
    auto map_line = [&](int line) {
        if (line <= 0 || head_lines.empty()) return line;
        const std::size_t index = std::min(static_cast<std::size_t>(line), head_lines.size()) - 1;
        return head_lines[index];
    };
    location.file = file;
    location.line = map_line(location.line);
    location.end_line = map_line(location.end_line);
    return location;
}

SourceLocation ChangelogEntry::field_location(std::string_view field) const {
    for (const auto& [name, where] : field_locations) {
        if (name == field) return where;
    }
    return location;
}

std::vector<ChangelogEntry> read_changelog_entries(const yaml::Document& document) {
    std::vector<ChangelogEntry> entries;
    if (document.root == nullptr || document.root->kind != yaml::Kind::sequence) return entries;
    for (const yaml::Node* item : document.root->items) {
        if (item->kind != yaml::Kind::mapping) continue;
        ChangelogEntry entry;
        entry.node = item;
        entry.location = item->location;
        entry.config_keys = strings_of(item->find("config-keys"), &entry.config_key_locations);
        entry.description = strings_of(item->find("description"));
        if (const yaml::Node* link = item->find("pr-link"); link != nullptr && link->kind == yaml::Kind::string) {
            entry.pr_link = link->text;
            entry.pr_link_location = link->location;
        } else {
            entry.pr_link_location = item->location;
        }
        for (const yaml::MappingEntry& field : item->entries) {
            if (field.key != nullptr) entry.field_locations.emplace_back(field.key->text, field.key->location);
        }
        entry.evals_only = flag_of(*item, "evals-only");
        entry.all_evals = flag_of(*item, "all-evals");
        entry.append_only = flag_of(*item, "append-only");
        if (const yaml::Node* ep = item->find("eval-min-prefill-ep"); ep != nullptr && ep->kind == yaml::Kind::integer) {
            entry.eval_min_prefill_ep = ep->integer;
        }
        entry.scenario_types = strings_of(item->find("scenario-type"));
        entries.push_back(std::move(entry));
    }
    return entries;
}

bool changelog_pattern_matches(std::string_view pattern, std::string_view key) {
    // Greedy match with one backtrack point at the last `*`: linear in practice.
    std::size_t p = 0, k = 0;
    std::size_t star = std::string_view::npos, star_key = 0;
    while (k < key.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            star_key = k;
        } else if (p < pattern.size() && pattern[p] == key[k]) {
            ++p;
            ++k;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            k = ++star_key;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

std::vector<const MasterEntry*> configs_matching_pattern(const Config& config, std::string_view pattern) {
    std::vector<const MasterEntry*> matches;
    for (const MasterEntry& entry : config.entries) {
        if (changelog_pattern_matches(pattern, entry.key)) matches.push_back(&entry);
    }
    return matches;
}

}  // namespace sweepc
