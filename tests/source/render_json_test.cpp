#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "source/render_json.h"

using sweepc::Diagnostics;
using sweepc::SourceLocation;

TEST_CASE("json lists every field in a fixed order, fix only when present", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("schema", {"configs/a.yaml", 3, 5, 3, 9}, "unknown key `tp`", "tensor_parallel");
    diagnostics.warning("yaml-syntax", SourceLocation::whole_file("configs/b.yaml"), "empty document");

    const std::string out = sweepc::render_json(diagnostics);
    CHECK(out ==
          "[\n"
          "  {\n"
          "    \"rule\": \"schema\",\n"
          "    \"severity\": \"error\",\n"
          "    \"file\": \"configs/a.yaml\",\n"
          "    \"line\": 3,\n"
          "    \"column\": 5,\n"
          "    \"end_line\": 3,\n"
          "    \"end_column\": 9,\n"
          "    \"message\": \"unknown key `tp`\",\n"
          "    \"fix\": \"tensor_parallel\"\n"
          "  },\n"
          "  {\n"
          "    \"rule\": \"yaml-syntax\",\n"
          "    \"severity\": \"warning\",\n"
          "    \"file\": \"configs/b.yaml\",\n"
          "    \"line\": 0,\n"
          "    \"column\": 0,\n"
          "    \"end_line\": 0,\n"
          "    \"end_column\": 0,\n"
          "    \"message\": \"empty document\"\n"
          "  }\n"
          "]\n");

    const auto parsed = nlohmann::json::parse(out);
    REQUIRE(parsed.size() == 2);
    CHECK(parsed[0]["fix"] == "tensor_parallel");
    CHECK_FALSE(parsed[1].contains("fix"));
}

TEST_CASE("json of no diagnostics is an empty list", "[render]") {
    CHECK(sweepc::render_json(Diagnostics{}) == "[]\n");
}

TEST_CASE("json keeps notes, quotes and control characters valid", "[render]") {
    Diagnostics diagnostics;
    diagnostics.add({"shell/quote", sweepc::Severity::note, SourceLocation::point("run.sh", 2, 1),
                     "say \"$x\"\nthen\ttab", std::nullopt});
    const auto parsed = nlohmann::json::parse(sweepc::render_json(diagnostics));
    CHECK(parsed[0]["severity"] == "note");
    CHECK(parsed[0]["message"] == "say \"$x\"\nthen\ttab");
    CHECK(parsed[0]["end_column"] == 2);
}

TEST_CASE("json does not throw on bytes that are not UTF-8", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("schema", SourceLocation::point("a.yaml", 1, 1), std::string("bad byte \xff here"));
    std::string out;
    REQUIRE_NOTHROW(out = sweepc::render_json(diagnostics));
    CHECK(nlohmann::json::parse(out)[0]["message"] == "bad byte \xEF\xBF\xBD here");
}
