#include <catch2/catch.hpp>

#include "lint/near_miss.h"
#include "shell/script_variables.h"
#include "shell/syntax_tree.h"

using sweepc::closest_near_miss;
using sweepc::shell::SyntaxTree;
using sweepc::shell::variables_read_by_script;

TEST_CASE("SyntaxTree gives node text and 1-based spans", "[shell]") {
    SyntaxTree tree("echo hi\nif [ \"$EP_SIZE\" -gt 1 ]; then :; fi\n");
    auto statements = tree.root().named_children();
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].type() == "command");
    CHECK(statements[0].text() == "echo hi");
    auto test = statements[1].field("condition");
    CHECK(test.type() == "test_command");
    auto span = test.span();
    CHECK(span.line == 2);
    CHECK(span.column == 4);
    CHECK(span.end_column == 24);
    CHECK_FALSE(tree.has_errors());
    // Moving the tree keeps nodes' text valid (the text is held by pointer).
    SyntaxTree moved = std::move(tree);
    CHECK(moved.root().named_children()[0].text() == "echo hi");
}

TEST_CASE("variables_read_by_script lists expansions, arithmetic and guarded names", "[shell]") {
    auto names = variables_read_by_script(
        "check_env_vars MODEL TP\nEP=${EP_SIZE:-1}\necho $((CONC * 2)) \"$DP_ATTENTION\"\nX=1\n");
    CHECK(names == std::set<std::string>{"CONC", "DP_ATTENTION", "EP_SIZE", "MODEL", "TP"});
    CHECK(variables_read_by_script("SPEC_DECODING=mtp\n").empty());  // assigned, never read
    CHECK(variables_read_by_script("need X\necho ok\n", {"need"}) == std::set<std::string>{"X"});
}

TEST_CASE("closest_near_miss finds typos, abbreviations and case slips only", "[shell]") {
    const std::vector<std::string> known = {"EP_SIZE", "DP_ATTENTION", "PORT", "CONC", "TP", "GPU0"};
    CHECK(closest_near_miss("EP_SZIE", known) == std::optional<std::string>("EP_SIZE"));
    CHECK(closest_near_miss("DP_ATTN", known) == std::optional<std::string>("DP_ATTENTION"));
    CHECK(closest_near_miss("port", known) == std::optional<std::string>("PORT"));
    CHECK_FALSE(closest_near_miss("DP_SIZE", known));  // another setting, not a typo of EP_SIZE
    CHECK_FALSE(closest_near_miss("GPU1", known));
    CHECK_FALSE(closest_near_miss("SLURM_JOB_ID", known));
    CHECK_FALSE(closest_near_miss("EP_SIZE", known));
    CHECK_FALSE(closest_near_miss("XP", known));
}

// The search skips candidates by length: these sit on either side of how far an edit and an
// abbreviation reach, with candidates of other lengths listed first.
TEST_CASE("closest_near_miss reaches exactly as far in length as two edits or an abbreviation", "[shell]") {
    const std::vector<std::string> known = {"ATTENTION_BACKEND_SELECTION_OVERRIDE", "MAX_NUM_SEQS", "MAX_MODEL_LEN"};
    CHECK(closest_near_miss("MAX_MODL_LN", known) == std::optional<std::string>("MAX_MODEL_LEN"));  // 2 shorter
    CHECK(closest_near_miss("MAX_MODEL_LEN_", known) == std::optional<std::string>("MAX_MODEL_LEN"));
    CHECK_FALSE(closest_near_miss("MAX_MDL_LN", known));         // 3 edits, and LEN is no word to abbreviate
    CHECK_FALSE(closest_near_miss("MAX_MODEL_LENGTH", known));   // 3 longer: no typo, no abbreviation
    CHECK(closest_near_miss("ATTN_BACKEND_SEL_OVERRIDE", known) ==
          std::optional<std::string>("ATTENTION_BACKEND_SELECTION_OVERRIDE"));  // 11 shorter, each part cut
    CHECK_FALSE(closest_near_miss("ATTN_BACKEND_OVERRIDE", known));  // one part fewer: not an abbreviation
}
