// emit never loses a file it did not write, cleans up after interrupted runs, and `emit --check`
// looks at an output folder without following links out of it, blocking, or reading without bound.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>

#include "emit/emit_test_support.h"
#include "hardening/bounded_run.h"
#include "source/sha256.h"

using namespace sweepc::test;
using namespace sweepc::test::emit;
namespace fs = std::filesystem;

namespace {

BoundedResult emit_bounded(const fs::path& out, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"emit", "--config-files", fixture("small.yaml").string(), "--runner-config",
                                  fixture("runners.yaml").string(), "--out", out.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_sweepc_bounded(args, out.parent_path());
}

}  // namespace

TEST_CASE("a folder with a spoofed index.json but no manifest is refused, and nothing in it is touched",
          "[hardening]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    write_file(out / "matrix" / "index.json", "{}\n");
    write_file(out / "src" / "main.cpp", "int main() {}\n");
    BoundedResult refused = emit_bounded(out);
    INFO(refused.err);
    CHECK(refused.exit_code == 2);
    CHECK_THAT(refused.err, Catch::Contains("holds 2 file(s) (matrix/index.json, src/main.cpp) but no "
                                            "sweepc-manifest.json"));
    CHECK(read_file(out / "src" / "main.cpp") == "int main() {}\n");
    CHECK(read_file(out / "matrix" / "index.json") == "{}\n");
}

TEST_CASE("files a user adds to an earlier output are kept and reported; --force deletes them", "[hardening]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_bounded(out).exit_code == 0);
    write_file(out / "NOTES.md", "mine\n");
    write_file(out / "runs" / "small-fp4-mi355x-vllm" / "notes.txt", "mine too\n");
    // A manifest that claims a file outside what emit writes does not make it sweepc's.
    write_file(out / "src" / "keep.cpp", "int x;\n");
    std::string manifest = read_file(out / "sweepc-manifest.json");
    manifest.replace(manifest.find("\"files\": {") + 10, 0,
                     "\n    \"src/keep.cpp\": {\"bytes\": 7, \"sha256\": \"" + sweepc::sha256_hex("int x;\n") +
                         "\", \"executable\": false},");
    write_file(out / "sweepc-manifest.json", manifest);

    BoundedResult kept = emit_bounded(out);
    INFO(kept.err);
    CHECK(kept.exit_code == 0);
    CHECK_THAT(kept.err, Catch::Contains("kept 3 file(s) in " + out.string() + " that sweepc did not write: NOTES.md, "
                                         "runs/small-fp4-mi355x-vllm/notes.txt, src/keep.cpp"));
    CHECK(read_file(out / "NOTES.md") == "mine\n");
    CHECK(read_file(out / "runs" / "small-fp4-mi355x-vllm" / "notes.txt") == "mine too\n");
    CHECK(read_file(out / "src" / "keep.cpp") == "int x;\n");

    BoundedResult check = emit_bounded(out, {"--check"});
    CHECK(check.exit_code == 1);
    CHECK_THAT(check.out, Catch::Contains("not written by sweepc: NOTES.md"));

    // A file sweepc did not write where it would write one is refused, not overwritten.
    fs::remove(out / "plan.md");
    write_file(out / "plan.md", "my plan\n");
    BoundedResult in_the_way = emit_bounded(out);
    CHECK(in_the_way.exit_code == 2);
    CHECK_THAT(in_the_way.err, Catch::Contains("changed after sweepc wrote them (plan.md)"));
    CHECK(read_file(out / "plan.md") == "my plan\n");

    BoundedResult forced = emit_bounded(out, {"--force"});
    CHECK(forced.exit_code == 0);
    CHECK_THAT(forced.err, Catch::Contains("--force: 4 file(s)"));
    CHECK_FALSE(fs::exists(out / "NOTES.md"));
    CHECK_FALSE(fs::exists(out / "src"));
    CHECK(emit_bounded(out, {"--check"}).exit_code == 0);
}

TEST_CASE("staging folders of interrupted runs for the same output are removed, whatever their pid",
          "[hardening]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    for (const char* leftover : {".generated.sweepc-new-12345", ".generated.sweepc-new-1", ".generated.sweepc-old-7"}) {
        write_file(temp / leftover / "runs" / "x.sh", std::string(1000, 'x'));
    }
    // Not staging folders of this output: kept.
    write_file(temp / ".generated.sweepc-new-notapid" / "x", "x");
    write_file(temp / ".other.sweepc-new-123" / "x", "x");
    BoundedResult result = emit_bounded(out);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(temp.path())) left.push_back(entry.path().filename());
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{".generated.sweepc-new-notapid", ".other.sweepc-new-123", "generated"});
}

TEST_CASE("emit --check does not follow links, block on FIFOs or read more than it expects", "[hardening]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_bounded(out).exit_code == 0);
    fs::remove(out / "plan.md");
    fs::create_symlink("/dev/zero", out / "plan.md");
    fs::remove(out / "full-sweep.json");
    REQUIRE(::mkfifo((out / "full-sweep.json").c_str(), 0600) == 0);
    // A runs/ folder that is a link to a folder outside, holding files of the right names.
    write_file(temp / "elsewhere" / "small-fp4-mi355x-vllm" / "1k1k_tp8-ep1-dpafalse_spec-none_conc4.sh", "x");
    fs::remove_all(out / "runs");
    fs::create_directory_symlink(temp / "elsewhere", out / "runs");
    // 4 GiB, sparse: comparing it must not read it.
    {
        std::ofstream huge(out / "matrix" / "index.json", std::ios::binary | std::ios::trunc);
        huge.seekp(4LL * 1024 * 1024 * 1024);
        huge.put('\n');
    }
    BoundedResult check = emit_bounded(out, {"--check"});
    INFO(check.out << check.err);
    REQUIRE_FALSE(check.blocked);
    CHECK(check.exit_code == 1);
    CHECK_THAT(check.out, Catch::Contains("differs: plan.md (not a regular file)"));
    CHECK_THAT(check.out, Catch::Contains("differs: full-sweep.json (not a regular file)"));
    CHECK_THAT(check.out, Catch::Contains("differs: matrix/index.json\n"));
    CHECK_THAT(check.out, Catch::Contains("missing: runs/small-fp4-mi355x-vllm/1k1k_tp8-ep1-dpafalse_spec-none_conc4.sh"));
    CHECK_THAT(check.out, Catch::Contains("not written by sweepc: runs\n"));

    // A real emit refuses to write through the link, and leaves the folder it points to alone.
    BoundedResult emitted = emit_bounded(out);
    CHECK(emitted.exit_code == 2);
    CHECK(read_file(temp / "elsewhere" / "small-fp4-mi355x-vllm" / "1k1k_tp8-ep1-dpafalse_spec-none_conc4.sh") ==
          "x");
    // An output folder that is itself a link is not compared through.
    TempDir other;
    fs::create_directory_symlink(temp.path() / "elsewhere", other / "generated");
    BoundedResult linked = emit_bounded(other / "generated", {"--check"});
    CHECK(linked.exit_code == 1);
    CHECK_THAT(linked.out, Catch::Contains("is not a folder (a file or a symbolic link)"));
}
