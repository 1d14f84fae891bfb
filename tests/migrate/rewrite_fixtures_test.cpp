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

TEST_CASE("scalars inside a moved block keep their text: block scalars, multi-line plain and quoted", "[migrate]") {
    const std::string input =
        "c:\n  model: m\n  seq-len-configs   :   # c\n  - isl: 1\n    osl: 2\n    search-space:\n    - tp: 8\n"
        "      extra: |2\n          two more\n\n        end\n      plain: a\n        b\n      q: \"x\n        y\"\n"
        "...\n# after the document\n";
    InMemoryMigration run = migrate_text(input);
    INFO(messages(run.diagnostics));
    REQUIRE(run.result.outcome == MigrationOutcome::rewritten);
    CHECK(run.result.text ==
          "c:\n  model: m\n  scenarios   :\n    fixed-seq-len:   # c\n    - isl: 1\n      osl: 2\n      search-space:\n"
          "      - tp: 8\n        extra: |2\n            two more\n\n          end\n        plain: a\n          b\n"
          "        q: \"x\n          y\"\n...\n# after the document\n");
}

TEST_CASE("a key after multi-byte characters on its line is found by its byte column", "[migrate]") {
    InMemoryMigration run = migrate_text(
        "c: {model: \"m\xC3\xB6"
        "del\xE2\x86\x92x\", seq-len-configs: [{isl: 1, osl: 2}]}\n");
    INFO(messages(run.diagnostics));
    REQUIRE(run.result.outcome == MigrationOutcome::rewritten);
    CHECK(run.result.text ==
          "c: {model: \"m\xC3\xB6"
          "del\xE2\x86\x92x\", scenarios: {fixed-seq-len: [{isl: 1, osl: 2}]}}\n");
}

TEST_CASE("a master config mixing both forms has only its 2026-03 configs migrated", "[migrate]") {
    const std::string input =
        "old:\n  model: m\n  seq-len-configs:\n  - {isl: 1, osl: 2, search-space: []}\n"
        "new:\n  model: m\n  scenarios:\n    fixed-seq-len:\n    - {isl: 1, osl: 2, search-space: []}\n";
    InMemoryMigration run = migrate_text(input);
    INFO(messages(run.diagnostics));
    REQUIRE(run.result.outcome == MigrationOutcome::rewritten);
    CHECK(run.result.summary == "1 config: 'seq-len-configs' -> 'scenarios: fixed-seq-len'");
    CHECK(run.result.text ==
          "old:\n  model: m\n  scenarios:\n    fixed-seq-len:\n    - {isl: 1, osl: 2, search-space: []}\n"
          "new:\n  model: m\n  scenarios:\n    fixed-seq-len:\n    - {isl: 1, osl: 2, search-space: []}\n");
}

TEST_CASE("a runners file in the 2026-08 form, or a master config named like its keys, is told apart", "[migrate]") {
    InMemoryMigration runners = migrate_text("labels:\n  h100: [a]\nhardware:\n  cluster:h100: {gpus-per-node: 8}\n");
    CHECK(runners.result.outcome == MigrationOutcome::already_current);
    CHECK(runners.result.kind == sweepc::migrate::FileKind::runners);
    // A flat runners file may name a runner type `labels`: its value is a list.
    InMemoryMigration flat = migrate_text("labels: [a]\nh100: [b]\n");
    REQUIRE(flat.result.outcome == MigrationOutcome::rewritten);
    CHECK(flat.result.text == "labels:\n  labels: [a]\n  h100: [b]\n");
    // A master config may name a config `labels`: other configs sit beside it.
    InMemoryMigration master = migrate_text("labels:\n  model: m\n  seq-len-configs: []\nother:\n  model: m\n");
    CHECK(master.result.kind == sweepc::migrate::FileKind::master_config);
}
