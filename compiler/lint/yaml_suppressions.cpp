#include "lint/yaml_suppressions.h"

#include <algorithm>

namespace sweepc {
namespace {

constexpr std::string_view directive = "sweepc disable=";

// The comment text of one YAML line, or empty. Quotes are tracked within the line so a `#` in
// `image: "repo#tag"` is not taken for a comment; the YAML loader has already rejected anything
// that does not parse, so this only has to recognise comments, not validate.
std::string_view comment_of(std::string_view line) {
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '"' || c == '\'') {
            // A quote starts a quoted scalar only at the start of a value, not inside a plain one (it's).
            if (i == 0 || line[i - 1] == ' ' || line[i - 1] == '[' || line[i - 1] == '{' || line[i - 1] == ',') quote = c;
            continue;
        }
        if (c == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(i + 1);
    }
    return {};
}

// The rule ids after `sweepc disable=`, separated by commas (spaces allowed after a comma);
// the list ends at a space that does not follow a comma, so free text may come after it.
std::vector<std::string> disabled_rules(std::string_view comment) {
    std::vector<std::string> rules;
    std::size_t at = comment.find(directive);
    if (at == std::string_view::npos) return rules;
    std::string_view list = comment.substr(at + directive.size());
    while (true) {
        std::size_t end = list.find_first_of(", \t");
        std::string_view rule = list.substr(0, end);
        if (!rule.empty()) rules.emplace_back(rule);
        if (end == std::string_view::npos || list[end] != ',') break;
        list.remove_prefix(end + 1);
        list.remove_prefix(std::min(list.find_first_not_of(" \t"), list.size()));
    }
    return rules;
}

}  // namespace

void YamlSuppressions::add_lines(int first_line, int last_line, std::string rule) {
    ranges_.push_back({first_line, last_line, std::move(rule)});
}

bool YamlSuppressions::suppresses(std::string_view rule, int line) const {
    return std::any_of(ranges_.begin(), ranges_.end(), [&](const Range& range) {
        return line >= range.first_line && line <= range.last_line && (range.rule == rule || range.rule == "all");
    });
}

YamlSuppressions collect_yaml_suppressions(const SourceFile& file, const yaml::Document& document) {
    // Where each top-level entry starts, in order, so "the line above a config name" can cover
    // the entry up to the line before the next one.
    std::vector<int> entry_lines;
    if (document.root != nullptr && document.root->kind == yaml::Kind::mapping) {
        for (const yaml::MappingEntry& entry : document.root->entries) entry_lines.push_back(entry.key->location.line);
    }
    std::sort(entry_lines.begin(), entry_lines.end());

    YamlSuppressions suppressions;
    for (int line = 1; line <= file.line_count(); ++line) {
        std::vector<std::string> rules = disabled_rules(comment_of(file.line(line)));
        if (rules.empty()) continue;
        int last_line = line + 1;
        auto entry = std::find(entry_lines.begin(), entry_lines.end(), line + 1);
        if (entry != entry_lines.end()) last_line = std::next(entry) != entry_lines.end() ? *std::next(entry) - 1 : file.line_count();
        for (std::string& rule : rules) suppressions.add_lines(line, last_line, std::move(rule));
    }
    return suppressions;
}

}  // namespace sweepc
