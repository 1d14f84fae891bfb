// docs/rules.md is the one description of every rule sweepc reports: each id a diagnostic can carry
// has a section there with its severity, editions, and a bad and a good example, and every section
// names an id the code still reports. The shell rules' examples are run: the bad one must raise its
// rule and the good one must not, so an example cannot drift from what the rule does.
#include <filesystem>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "lint/changelog_lint.h"
#include "lint/config_lint.h"
#include "lint/rule_documentation.h"
#include "lint/shell_lint.h"
#include "lint/shell_rule.h"
#include "support/test_support.h"

using namespace sweepc::test;

namespace {

std::string rules_markdown() { return read_file(source_dir() / "docs" / "rules.md"); }

// Every id the rule tables register (shell, config, changelog, and the ids reported outside them).
std::set<std::string> registered_rule_ids() {
    std::set<std::string> ids;
    for (const auto& [id, summary] : sweepc::all_rule_descriptions()) ids.insert(id);
    for (const sweepc::ChangelogRule& rule : sweepc::changelog_rules()) ids.insert(std::string(rule.id));
    return ids;
}

// The rule ids written into the code where a diagnostic is made: the first argument of
// Diagnostics::error/warning, a `{"id", Severity::…}` diagnostic or rule-table row, and a
// `rule = "id"` / `rule_id = "id"` constant. A new id reported anywhere shows up here even when
// nobody registered it.
std::map<std::string, std::string> rule_ids_in_sources() {
    const std::vector<std::regex> patterns{
        std::regex(R"re(\.(?:error|warning)\(\s*"([^"]*)")re"),
        std::regex(R"re(\{\s*"([^"]*)"\s*,\s*Severity::)re"),
        std::regex(R"re(\brule(?:_id)?\s*=\s*"([^"]*)")re"),
    };
    std::map<std::string, std::string> ids;  // id -> a file that reports it
    for (const auto& file : std::filesystem::recursive_directory_iterator(source_dir() / "compiler")) {
        const std::string extension = file.path().extension().string();
        if (!file.is_regular_file() || (extension != ".cpp" && extension != ".h")) continue;
        const std::string text = read_file(file.path());
        for (const std::regex& pattern : patterns) {
            for (auto match = std::sregex_iterator(text.begin(), text.end(), pattern); match != std::sregex_iterator();
                 ++match) {
                ids.emplace((*match)[1].str(), file.path().lexically_relative(source_dir()).generic_string());
            }
        }
    }
    return ids;
}

// The fenced ```bash block that follows the first line starting with `marker` in a section.
std::optional<std::string> bash_example(const std::string& section, const std::string& marker) {
    std::size_t at = 0;
    while (at < section.size()) {
        const std::size_t end = section.find('\n', at);
        const std::string line = section.substr(at, end == std::string::npos ? std::string::npos : end - at);
        at = end == std::string::npos ? section.size() : end + 1;
        if (!line.starts_with(marker)) continue;
        const std::size_t open = section.find("```", at);
        if (open == std::string::npos || section.compare(open, 8, "```bash\n") != 0) return std::nullopt;
        const std::size_t close = section.find("\n```", open + 8);
        if (close == std::string::npos) return std::nullopt;
        return section.substr(open + 8, close - open - 7);
    }
    return std::nullopt;
}

std::set<std::string> rules_reported(const std::string& script) {
    sweepc::Diagnostics diagnostics;
    sweepc::lint_shell_script(sweepc::SourceFile("example.sh", script), {}, diagnostics);
    std::set<std::string> rules;
    for (const sweepc::Diagnostic& finding : diagnostics.all()) rules.insert(finding.rule);
    return rules;
}

}  // namespace

TEST_CASE("every rule the code reports has a section in docs/rules.md, and every section a rule", "[docs]") {
    const auto documented = sweepc::parse_rule_documentation(rules_markdown());
    const std::set<std::string> registered = registered_rule_ids();
    REQUIRE(registered.size() > 30);
    for (const std::string& id : registered) {
        INFO("rule " << id << " can be reported, but docs/rules.md has no '### " << id << "' section");
        CHECK(documented.count(id) == 1);
    }
    for (const auto& [id, section] : documented) {
        INFO("docs/rules.md documents '" << id << "', which no rule table registers");
        CHECK(registered.count(id) == 1);
    }
}

TEST_CASE("every rule id written into the code is registered, so it is documented", "[docs]") {
    const std::map<std::string, std::string> in_sources = rule_ids_in_sources();
    // The scan must see the ids reported outside the rule tables, or it proves nothing.
    for (const char* expected : {"budget", "migrate", "emit/unsafe-value", "yaml-syntax", "changelog/deleted-line"}) {
        CHECK(in_sources.count(expected) == 1);
    }
    const std::set<std::string> registered = registered_rule_ids();
    for (const auto& [id, file] : in_sources) {
        INFO(file << " reports rule '" << id << "', which no rule table registers (lint/config_rules.cpp's "
                  << "all_rule_descriptions for ids outside the tables) and docs/rules.md may not document");
        CHECK(registered.count(id) == 1);
    }
}

TEST_CASE("every rule section of docs/rules.md gives its severity, editions, bad and good examples", "[docs]") {
    for (const auto& [id, section] : sweepc::parse_rule_documentation(rules_markdown())) {
        const std::string& text = section.help_markdown;
        INFO("docs/rules.md, section " << id << ":\n" << text.substr(0, 600));
        CHECK_FALSE(section.full.empty());  // its **What.** paragraph
        CHECK(text.find("Severity") != std::string::npos);
        CHECK(text.find("Editions") != std::string::npos);
        CHECK(text.find("Bad") != std::string::npos);
        CHECK(text.find("Good") != std::string::npos);
    }
}

TEST_CASE("the shell rules' bad examples in docs/rules.md raise their rule, the good ones do not", "[docs]") {
    const auto documented = sweepc::parse_rule_documentation(rules_markdown());
    for (const sweepc::ShellRule& rule : sweepc::shell_rules()) {
        const std::string id(rule.id);
        // Its bad example is thousands of levels deep; tests/hardening runs that one for real.
        if (id == "shell/nesting-limit") continue;
        auto section = documented.find(id);
        REQUIRE(section != documented.end());
        const std::optional<std::string> bad = bash_example(section->second.help_markdown, "Bad");
        const std::optional<std::string> good = bash_example(section->second.help_markdown, "Good");
        INFO(id << ": the bad and the good example are the ```bash blocks after the lines 'Bad…' and 'Good…'");
        REQUIRE(bad.has_value());
        REQUIRE(good.has_value());
        INFO("bad example:\n" << *bad);
        CHECK(rules_reported(*bad).count(id) == 1);
        INFO("good example:\n" << *good);
        CHECK(rules_reported(*good).count(id) == 0);
    }
}
