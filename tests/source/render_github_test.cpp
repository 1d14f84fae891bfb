#include <catch2/catch.hpp>

#include "source/render_github.h"

using sweepc::Diagnostics;
using sweepc::Severity;
using sweepc::SourceLocation;

TEST_CASE("github: one workflow command per diagnostic with full position", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("schema", {"configs/a.yaml", 3, 5, 3, 9}, "unknown key");
    diagnostics.warning("shell/unset-integer-test", SourceLocation::point("bench/run.sh", 12, 4), "unset");
    diagnostics.add({"style", Severity::note, SourceLocation::point("x.yaml", 1, 1), "consider", std::nullopt});
    CHECK(sweepc::render_github(diagnostics) ==
          "::error file=configs/a.yaml,line=3,col=5,endLine=3,endColumn=9,title=schema::unknown key\n"
          "::warning file=bench/run.sh,line=12,col=4,endLine=12,endColumn=5,"
          "title=shell/unset-integer-test::unset\n"
          "::notice file=x.yaml,line=1,col=1,endLine=1,endColumn=2,title=style::consider\n");
}

TEST_CASE("github: escapes %, CR, LF in messages and also : and , in properties", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("rule:a,b", SourceLocation::point("dir,x/a:b%.yaml", 2, 1),
                      "100% of a:b, then\r\nnext line");
    CHECK(sweepc::render_github(diagnostics) ==
          "::error file=dir%2Cx/a%3Ab%25.yaml,line=2,col=1,endLine=2,endColumn=2,title=rule%3Aa%2Cb"
          "::100%25 of a:b, then%0D%0Anext line\n");
}

TEST_CASE("github: fix is appended to the message as an escaped second line", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("schema", SourceLocation::point("a.yaml", 1, 3), "bad value", "use 50%");
    CHECK(sweepc::render_github(diagnostics) ==
          "::error file=a.yaml,line=1,col=3,endLine=1,endColumn=4,title=schema::bad value%0Afix: use 50%25\n");
}

TEST_CASE("github: whole-file diagnostics carry no line or column", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("io", SourceLocation::whole_file("missing.yaml"), "cannot open file");
    CHECK(sweepc::render_github(diagnostics) == "::error file=missing.yaml,title=io::cannot open file\n");
}

TEST_CASE("github: a multi-line span keeps its lines but drops columns", "[render]") {
    Diagnostics diagnostics;
    diagnostics.error("schema", {"a.yaml", 4, 3, 7, 2}, "block is wrong");
    CHECK(sweepc::render_github(diagnostics) == "::error file=a.yaml,line=4,endLine=7,title=schema::block is wrong\n");
}

TEST_CASE("github: escape helpers", "[render]") {
    CHECK(sweepc::escape_github_data("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad:e,f");
    CHECK(sweepc::escape_github_property("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad%3Ae%2Cf");
}
