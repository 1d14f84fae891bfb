#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "source/review_comments.h"

using sweepc::Diagnostic;
using sweepc::Diagnostics;
using sweepc::SourceLocation;

TEST_CASE("review comments: path, line, side and a markdown body; unlocated findings in the review body", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("schema", SourceLocation::point("./configs/a.yaml", 7, 3), "unknown key `tp`",
                      "rename to tensor_parallel");
    diagnostics.error("io", SourceLocation::whole_file("configs/missing.yaml"), "cannot open file");
    diagnostics.warning("shell/quote", SourceLocation::point("bench\\run.sh", 2, 1), "unquoted $x");

    const std::string out = sweepc::render_review_comments(diagnostics);
    const auto review = nlohmann::json::parse(out);
    const auto& comments = review["comments"];
    REQUIRE(comments.size() == 2);
    CHECK(comments[0] == nlohmann::json{{"path", "configs/a.yaml"},
                                        {"line", 7},
                                        {"side", "RIGHT"},
                                        {"body", "**error** `schema`\n\n```\nunknown key `tp`\nfix: rename to tensor_parallel\n```\n"}});
    CHECK(comments[1]["path"] == "bench/run.sh");
    CHECK_THAT(review["body"].get<std::string>(), Catch::Contains("configs/missing.yaml: error: cannot open file [io]"));
    CHECK(out.back() == '\n');
}

TEST_CASE("review comments: findings off the diff go to the review body, fenced", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("config/missing-script", SourceLocation::point("configs/a.yaml", 3, 1),
                      "no script ``` @team <!-- x");
    diagnostics.error("config/unknown-runner", SourceLocation::point("configs/a.yaml", 9, 3), "runner h20");
    const auto review = nlohmann::json::parse(sweepc::render_review_comments(
        diagnostics, [](const Diagnostic& d) { return d.location.line == 9; }));
    REQUIRE(review["comments"].size() == 1);
    CHECK(review["comments"][0]["line"] == 9);
    const std::string body = review["body"];
    CHECK_THAT(body, Catch::StartsWith("sweepc: 1 finding(s) this change causes outside the lines it touched:\n\n````\n"));
    CHECK_THAT(body, Catch::Contains("configs/a.yaml:3: error: no script ``` @team <!-- x [config/missing-script]\n````\n"));
}

TEST_CASE("review comments of nothing is an empty review", "[render]") {
    CHECK(sweepc::render_review_comments(Diagnostics{}) == "{\n  \"body\": \"\",\n  \"comments\": []\n}\n");
}
