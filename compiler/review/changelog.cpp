#include "review/changelog.h"

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

}  // namespace

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
        if (const yaml::Node* flag = item->find("evals-only"); flag != nullptr && flag->kind == yaml::Kind::boolean) {
            entry.evals_only = flag->boolean;
        }
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
