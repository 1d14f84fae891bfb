// The check that every rewrite keeps its meaning: it must catch a wrong rewrite, not only pass
// right ones.
#include "migrate/rewrite_verification.h"

#include <catch2/catch.hpp>

#include "load/yaml_loader.h"

using namespace sweepc;
using namespace sweepc::migrate;

namespace {

// What differs between the intended rewrite of `before` and the text `after`, if anything.
std::optional<std::string> check(const yaml::Document& before, const std::string& after, FileKind kind,
                                 const MigrationPlan& plan) {
    std::string problem;
    std::optional<yaml::Document> parsed = parse_rewrite("out.yaml", after, problem);
    if (!parsed) return problem;
    return verify_rewrite(before, *parsed, kind, plan);
}

// The step every test here checks: 2026-03 to 2026-08.
MigrationPlan plan_2026_08() {
    std::string why_not;
    MigrationPlan plan;
    plan.step = *edition_step(edition_2026_03(), edition_2026_08(), why_not);
    return plan;
}

std::optional<std::string> verify(const std::string& before_text, const std::string& after, FileKind kind) {
    Diagnostics diagnostics;
    std::optional<yaml::Document> before = yaml::load_yaml(SourceFile("in.yaml", before_text), diagnostics);
    REQUIRE(before);
    return check(*before, after, kind, plan_2026_08());
}

const std::string master = "c:\n  image: x\n  seq-len-configs:\n  - {isl: 1, osl: 2}\n  disagg: true\n";

}  // namespace

TEST_CASE("verify_rewrite accepts the intended master config and nothing else", "[migrate]") {
    const std::string right =
        "c:\n  image: x\n  scenarios:\n    fixed-seq-len:\n    - {isl: 1, osl: 2}\n  disagg: true\n";
    CHECK_FALSE(verify(master, right, FileKind::master_config));
    // An edit that slipped a row out of the list, re-ordered keys, changed a type, or lost the wrapper.
    CHECK(verify(master, "c:\n  image: x\n  scenarios:\n    fixed-seq-len:\n    - {isl: 1}\n  disagg: true\n",
                 FileKind::master_config));
    CHECK(verify(master, "c:\n  scenarios:\n    fixed-seq-len:\n    - {isl: 1, osl: 2}\n  image: x\n  disagg: true\n",
                 FileKind::master_config));
    CHECK(verify(master, "c:\n  image: x\n  scenarios:\n    fixed-seq-len:\n    - {isl: '1', osl: 2}\n  disagg: true\n",
                 FileKind::master_config));
    CHECK(verify(master, "c:\n  image: x\n  scenarios:\n  - {isl: 1, osl: 2}\n  disagg: true\n",
                 FileKind::master_config));
    std::optional<std::string> unparsable = verify(master, "c:\n  image: x\n scenarios: [\n", FileKind::master_config);
    REQUIRE(unparsable);
    CHECK(unparsable->find("does not parse") != std::string::npos);
}

TEST_CASE("verify_rewrite expects exactly the planned kv-p2p-transfer", "[migrate]") {
    Diagnostics diagnostics;
    std::optional<yaml::Document> before = yaml::load_yaml(SourceFile("in.yaml", master), diagnostics);
    REQUIRE(before);
    MigrationPlan plan = plan_2026_08();
    plan.kv_transfer_added.push_back({before->root->entries[0].key, before->root->entries[0].value, "c", "nixl"});
    const std::string with =
        "c:\n  image: x\n  scenarios:\n    fixed-seq-len:\n    - {isl: 1, osl: 2}\n  disagg: true\n"
        "  kv-p2p-transfer: nixl\n";
    CHECK_FALSE(check(*before, with, FileKind::master_config, plan));
    const std::string other =
        "c:\n  image: x\n  scenarios:\n    fixed-seq-len:\n    - {isl: 1, osl: 2}\n"
        "  disagg: true\n  kv-p2p-transfer: mori\n";
    CHECK(check(*before, other, FileKind::master_config, plan));
    const std::string without =
        "c:\n  image: x\n  scenarios:\n    fixed-seq-len:\n    - {isl: 1, osl: 2}\n"
        "  disagg: true\n";
    CHECK(check(*before, without, FileKind::master_config, plan));
    // Not planned: an added key is a difference.
    CHECK(verify(master, with, FileKind::master_config));
}

TEST_CASE("verify_rewrite wants a runners file's mapping, unchanged, under labels", "[migrate]") {
    const std::string runners = "h100: [a, b]\nmi355x: [c]\n";
    CHECK_FALSE(verify(runners, "labels:\n  h100: [a, b]\n  mi355x: [c]\n", FileKind::runners));
    CHECK(verify(runners, "labels:\n  h100: [a, b]\nmi355x: [c]\n", FileKind::runners));
    CHECK(verify(runners, "labels:\n  h100: [a]\n  mi355x: [c]\n", FileKind::runners));
}
