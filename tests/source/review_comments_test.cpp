#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "source/review_comments.h"

using sweepc::Diagnostics;
using sweepc::SourceLocation;

TEST_CASE("review comments: path, line and a markdown body, skipping unlocated ones", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("schema", SourceLocation::point("./configs/a.yaml", 7, 3), "unknown key `tp`",
                      "rename to tensor_parallel");
    diagnostics.error("io", SourceLocation::whole_file("configs/missing.yaml"), "cannot open file");
    diagnostics.warning("shell/quote", SourceLocation::point("bench\\run.sh", 2, 1), "unquoted $x");

    const std::string out = sweepc::render_review_comments(diagnostics);
    const auto parsed = nlohmann::json::parse(out);
    REQUIRE(parsed.size() == 2);
    CHECK(parsed[0] == nlohmann::json{{"path", "configs/a.yaml"},
                                      {"line", 7},
                                      {"body", "**error** `schema`: unknown key `tp`\n\nfix: rename to tensor_parallel"}});
    CHECK(parsed[1] == nlohmann::json{{"path", "bench/run.sh"}, {"line", 2}, {"body", "**warning** `shell/quote`: unquoted $x"}});
    CHECK(out.substr(0, 18) == "[\n  {\n    \"path\": ");
    CHECK(out.back() == '\n');
}

TEST_CASE("review comments of nothing locatable is an empty list", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("io", SourceLocation::whole_file("a.yaml"), "cannot open file");
    CHECK(sweepc::render_review_comments(diagnostics) == "[]\n");
}
