// `sweepc migrate` rewrites, byte for byte: each fixture under tests/fixtures/migrate/ has the
// file it must become beside it (`*.expected.yaml`), written by hand.
#include <catch2/catch.hpp>

#include "migrate/migrate_test_support.h"

using namespace sweepc;
using namespace sweepc::test;
using namespace sweepc::test::migration;
using sweepc::migrate::MigrationOutcome;

namespace {

struct Case {
    const char* name;
    std::vector<std::string> kv_rules;
};

const std::vector<Case>& cases() {
    static const std::vector<Case> all = {
        {"block-master", {}},  {"flow-master", {}},  {"anchors-master", {}},
        {"block-runners", {}}, {"flow-runners", {}}, {"disagg-master", {"*-mi355x-*=mori", "nixl"}},
    };
    return all;
}

}  // namespace

TEST_CASE("migrate rewrites each fixture into its expected 2026-08 text, keeping comments and layout", "[migrate]") {
    for (const Case& c : cases()) {
        INFO(c.name);
        const std::string input = read_file(fixture(std::string(c.name) + ".yaml"));
        const std::string expected = read_file(fixture(std::string(c.name) + ".expected.yaml"));
        InMemoryMigration run = migrate_text(input, c.kv_rules);
        INFO(messages(run.diagnostics));
        REQUIRE(run.result.outcome == MigrationOutcome::rewritten);
        CHECK_FALSE(run.diagnostics.has_errors());
        CHECK(run.result.text == expected);
    }
}

TEST_CASE("migrate keeps CRLF line endings, in moved lines and in the lines it adds", "[migrate]") {
    for (const Case& c : cases()) {
        INFO(c.name);
        const std::string input = with_crlf(read_file(fixture(std::string(c.name) + ".yaml")));
        const std::string expected = with_crlf(read_file(fixture(std::string(c.name) + ".expected.yaml")));
        InMemoryMigration run = migrate_text(input, c.kv_rules);
        INFO(messages(run.diagnostics));
        REQUIRE(run.result.outcome == MigrationOutcome::rewritten);
        CHECK(run.result.text == expected);
    }
}

TEST_CASE("migrating a migrated file changes nothing", "[migrate]") {
    for (const Case& c : cases()) {
        INFO(c.name);
        InMemoryMigration first = migrate_text(read_file(fixture(std::string(c.name) + ".yaml")), c.kv_rules);
        REQUIRE(first.result.outcome == MigrationOutcome::rewritten);
        InMemoryMigration second = migrate_text(first.result.text, c.kv_rules);
        INFO(messages(second.diagnostics));
        CHECK(second.result.outcome == MigrationOutcome::already_current);
        CHECK(second.result.text.empty());
        CHECK_FALSE(second.diagnostics.has_errors());
    }
}

TEST_CASE("a file without a final newline gets its added lines in the right place", "[migrate]") {
    const std::string input =
        "demo-fp8-gb200-dynamo-trt:\n"
        "  image: x:1\n  model: m\n  model-prefix: demo\n  runner: gb200\n  precision: fp8\n"
        "  framework: dynamo-trt\n  multinode: true\n"
        "  seq-len-configs: [{isl: 1024, osl: 1024, search-space: [{conc-list: [1], prefill: {num-worker: 1, tp: 4, "
        "ep: 1, dp-attn: false}, decode: {num-worker: 1, tp: 4, ep: 1, dp-attn: false}}]}]\n"
        "  disagg: true";
    InMemoryMigration run = migrate_text(input, {"nixl"});
    INFO(messages(run.diagnostics));
    REQUIRE(run.result.outcome == MigrationOutcome::rewritten);
    CHECK(run.result.text ==
          "demo-fp8-gb200-dynamo-trt:\n"
          "  image: x:1\n  model: m\n  model-prefix: demo\n  runner: gb200\n  precision: fp8\n"
          "  framework: dynamo-trt\n  multinode: true\n"
          "  scenarios:\n    fixed-seq-len: [{isl: 1024, osl: 1024, search-space: [{conc-list: [1], prefill: "
          "{num-worker: 1, tp: 4, ep: 1, dp-attn: false}, decode: {num-worker: 1, tp: 4, ep: 1, dp-attn: false}}]}]\n"
          "  disagg: true\n  kv-p2p-transfer: nixl");
}

TEST_CASE("a backend name that is not a plain YAML string is written quoted", "[migrate]") {
    const std::string input =
        "demo: {image: x, model: m, model-prefix: d, runner: r, precision: p, framework: f, multinode: true, "
        "disagg: true, seq-len-configs: [{isl: 1, osl: 1, search-space: []}]}\n";
    InMemoryMigration yes = migrate_text(input, {"yes"});
    REQUIRE(yes.result.outcome == MigrationOutcome::rewritten);
    CHECK(yes.result.text.find("kv-p2p-transfer: \"yes\",") != std::string::npos);
    InMemoryMigration odd = migrate_text(input, {"a, b: \"c\""});
    REQUIRE(odd.result.outcome == MigrationOutcome::rewritten);
    CHECK(odd.result.text.find(R"(kv-p2p-transfer: "a, b: \"c\"",)") != std::string::npos);
}
