#include <catch2/catch.hpp>

#include "source/output_format.h"
#include "source/render_github.h"
#include "source/render_human.h"
#include "source/render_json.h"
#include "source/render_sarif.h"

using sweepc::OutputFormat;

TEST_CASE("parse_output_format accepts exactly the four names", "[render]") {
    CHECK(sweepc::parse_output_format("human") == OutputFormat::human);
    CHECK(sweepc::parse_output_format("json") == OutputFormat::json);
    CHECK(sweepc::parse_output_format("sarif") == OutputFormat::sarif);
    CHECK(sweepc::parse_output_format("github") == OutputFormat::github);
    CHECK_FALSE(sweepc::parse_output_format("JSON").has_value());
    CHECK_FALSE(sweepc::parse_output_format("").has_value());
    CHECK_FALSE(sweepc::parse_output_format("text").has_value());
    CHECK_FALSE(sweepc::parse_output_format("json ").has_value());
}

TEST_CASE("every listed format name round-trips", "[render]") {
    for (std::string_view name : sweepc::output_format_names) {
        auto format = sweepc::parse_output_format(name);
        REQUIRE(format.has_value());
        CHECK(sweepc::output_format_name(*format) == name);
    }
}

TEST_CASE("render dispatches to the matching renderer", "[render]") {
    sweepc::Diagnostics diagnostics;
    diagnostics.error("schema", sweepc::SourceLocation::point("a.yaml", 1, 1), "bad");
    sweepc::SourceMap sources;
    sources.add(sweepc::SourceFile("a.yaml", "key: 1\n"));
    CHECK(sweepc::render(OutputFormat::human, diagnostics, sources) == sweepc::render_human(diagnostics, sources));
    CHECK(sweepc::render(OutputFormat::human, diagnostics, sources, true) ==
          sweepc::render_human(diagnostics, sources, true));
    CHECK(sweepc::render(OutputFormat::json, diagnostics, sources) == sweepc::render_json(diagnostics));
    CHECK(sweepc::render(OutputFormat::sarif, diagnostics, sources) == sweepc::render_sarif(diagnostics));
    CHECK(sweepc::render(OutputFormat::github, diagnostics, sources, true) == sweepc::render_github(diagnostics));
    CHECK(sweepc::render(OutputFormat::human, diagnostics, sources) != sweepc::render_json(diagnostics));
}
