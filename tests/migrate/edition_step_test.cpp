// What a migration changes is read from the editions' definitions and schemas.
#include "migrate/edition_step.h"

#include <catch2/catch.hpp>

using namespace sweepc;
using namespace sweepc::migrate;

TEST_CASE("the step from 2026-03 to 2026-08 comes from the two editions' data", "[migrate]") {
    std::string why_not;
    std::optional<EditionStep> step = edition_step(edition_2026_03(), edition_2026_08(), why_not);
    REQUIRE(step);
    CHECK(step->old_blocks_key == "seq-len-configs");
    CHECK(step->new_blocks_key == "scenarios");
    CHECK(step->new_blocks_inner_key == "fixed-seq-len");
    CHECK(step->labels_key == "labels");
    CHECK(step->requires_kv_transfer);
    CHECK(step->rejects_single_node_disagg);  // the 2026-08 schema says `const: false`, 2026-03's does not
    REQUIRE(step->unnamed_sequence_lengths.size() == 1);
    CHECK(step->unnamed_sequence_lengths[0].name == "1k8k");
    CHECK(migration_targets() == std::vector<std::string>{"2026-08"});
}

TEST_CASE("there is no step to an older or the same edition", "[migrate]") {
    std::string why_not;
    CHECK_FALSE(edition_step(edition_2026_08(), edition_2026_03(), why_not));
    CHECK(why_not == "migration goes to a newer edition, and 2026-03 is not newer than 2026-08");
    CHECK_FALSE(edition_step(edition_2026_08(), edition_2026_08(), why_not));
}
