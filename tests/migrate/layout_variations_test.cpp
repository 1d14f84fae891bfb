// Robustness of the byte edits: every fixture, varied line by line (a comment or blank line put
// between any two lines at several indentations, a trailing comment after any line), must either
// migrate to a text that means what it should (checked inside migrate_file by re-parsing) and
// is then already current, or be refused with an error about the input. The one outcome that is
// never acceptable is migrate's own "this is a sweepc bug" (a rewrite that changed meaning).
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "load/yaml_loader.h"
#include "migrate/migrate_test_support.h"

using namespace sweepc;
using namespace sweepc::test;
using namespace sweepc::test::migration;
using sweepc::migrate::MigrationOutcome;

namespace {

std::string join_lines(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

bool parses(const std::string& text) {
    Diagnostics diagnostics;
    return yaml::load_yaml(SourceFile("variant.yaml", text), diagnostics).has_value() && !diagnostics.has_errors();
}

struct Tally {
    int rewritten = 0;
    int refused = 0;
};

void check_variant(const std::string& text, const std::vector<std::string>& kv_rules, Tally& tally) {
    InMemoryMigration run = migrate_text(text, kv_rules);
    INFO(text);
    INFO(messages(run.diagnostics));
    for (const Diagnostic& diagnostic : run.diagnostics.all()) {
        CHECK(diagnostic.message.find("sweepc bug") == std::string::npos);
    }
    if (run.result.outcome == MigrationOutcome::rewritten) {
        ++tally.rewritten;
        InMemoryMigration again = migrate_text(run.result.text, kv_rules);
        CHECK(again.result.outcome == MigrationOutcome::already_current);
        return;
    }
    ++tally.refused;
    // A refusal is about the input: it does not parse, or migrate says what to change in it.
    CHECK(run.result.outcome == MigrationOutcome::failed);
    CHECK((!parses(text) || run.diagnostics.has_errors()));
}

}  // namespace

TEST_CASE("migrate survives comments, blank lines and trailing comments anywhere in its fixtures", "[migrate]") {
    const std::vector<std::pair<std::string, std::vector<std::string>>> fixtures = {
        {"block-master", {}},  {"flow-master", {}},  {"anchors-master", {}},
        {"block-runners", {}}, {"flow-runners", {}}, {"disagg-master", {"*-mi355x-*=mori", "nixl"}},
    };
    const std::vector<std::string> inserted = {"", "# c", "  # c", "    # c", "        # c", "  "};
    Tally tally;
    for (const auto& [name, kv_rules] : fixtures) {
        INFO(name);
        const std::vector<std::string> lines = split_lines(read_file(fixture(name + ".yaml")));
        for (std::size_t at = 0; at <= lines.size(); ++at) {
            for (const std::string& line : inserted) {
                std::vector<std::string> variant = lines;
                variant.insert(variant.begin() + static_cast<std::ptrdiff_t>(at), line);
                check_variant(join_lines(variant), kv_rules, tally);
            }
            if (at < lines.size()) {
                std::vector<std::string> variant = lines;
                variant[at] += "   # trailing";
                check_variant(join_lines(variant), kv_rules, tally);
            }
        }
    }
    // Most variants are ordinary YAML and must be rewritten; a few (a comment inside a quoted
    // scalar's line, say) change the input's meaning and are refused for it.
    CHECK(tally.rewritten > 10 * tally.refused);
    WARN(fmt::format("{} variants rewritten, {} refused", tally.rewritten, tally.refused));
}
