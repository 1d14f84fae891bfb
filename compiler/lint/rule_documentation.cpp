#include "lint/rule_documentation.h"

#include <vector>

#include "lint/changelog_lint.h"
#include "lint/config_lint.h"
#include "schema/embedded_schemas.h"

namespace sweepc {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        lines.push_back(text.substr(0, end));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

std::string_view trim(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// A markdown heading of level 1 to 3 ("# ", "## ", "### "): where a rule's section ends.
bool ends_section(std::string_view line) {
    const std::size_t hashes = line.find_first_not_of('#');
    return hashes != std::string_view::npos && hashes >= 1 && hashes <= 3 && line[hashes] == ' ';
}

// The "**What.**" (or "**What:**") paragraph, up to a blank line or the "**Why" that follows it,
// joined into one line with the marker removed.
std::string what_paragraph(const std::vector<std::string_view>& section) {
    std::string out;
    bool inside = false;
    for (std::string_view line : section) {
        std::string_view text = trim(line);
        if (!inside) {
            if (!text.starts_with("**What.**") && !text.starts_with("**What:**")) continue;
            inside = true;
            text = trim(text.substr(9));
        } else if (text.empty() || text.starts_with("**Why")) {
            break;
        }
        if (!out.empty()) out += ' ';
        out += text;
    }
    return out;
}

std::string first_sentence(const std::string& text) {
    const std::size_t end = text.find(". ");
    return end == std::string::npos ? text : text.substr(0, end + 1);
}

}  // namespace

std::map<std::string, RuleDescription> parse_rule_documentation(std::string_view markdown) {
    std::map<std::string, RuleDescription> rules;
    const std::vector<std::string_view> lines = split_lines(markdown);
    bool in_code = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (trim(lines[i]).starts_with("```")) in_code = !in_code;
        if (in_code || !lines[i].starts_with("### ")) continue;
        const std::string id(trim(lines[i].substr(4)));
        std::vector<std::string_view> section;
        bool section_code = false;
        for (std::size_t j = i + 1; j < lines.size(); ++j) {
            if (trim(lines[j]).starts_with("```")) section_code = !section_code;
            if (!section_code && ends_section(lines[j])) break;
            section.push_back(lines[j]);
        }
        while (!section.empty() && trim(section.back()).empty()) section.pop_back();
        std::size_t first = 0;
        while (first < section.size() && trim(section[first]).empty()) ++first;
        std::string help;
        for (std::size_t j = first; j < section.size(); ++j) {
            help += section[j];
            help += '\n';
        }
        RuleDescription& rule = rules[id];
        rule.full = what_paragraph(section);
        rule.help_markdown = std::move(help);
    }
    return rules;
}

const std::map<std::string, RuleDescription>& rule_catalogue() {
    static const std::map<std::string, RuleDescription> catalogue = [] {
        std::map<std::string, RuleDescription> rules;
        const auto& embedded = embedded_schemas();
        if (auto docs = embedded.find("rules.md"); docs != embedded.end()) rules = parse_rule_documentation(docs->second);
        for (const auto& [id, summary] : all_rule_descriptions()) rules[id].summary = summary;
        for (const ChangelogRule& rule : changelog_rules()) rules[std::string(rule.id)].summary = std::string(rule.summary);
        for (auto& [id, rule] : rules) {
            if (rule.summary.empty()) rule.summary = first_sentence(rule.full);
        }
        return rules;
    }();
    return catalogue;
}

}  // namespace sweepc
