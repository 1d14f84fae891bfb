// `sweepc migrate` as a command: in-place rewrites, --check, errors that leave files untouched,
// all-or-nothing over several files, and how files are replaced.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "migrate/migrate_test_support.h"

using namespace sweepc::test;
using namespace sweepc::test::migration;
namespace fs = std::filesystem;

namespace {

// Copies fixtures into `dir` and returns their paths there.
std::vector<std::string> copy_fixtures(const TempDir& dir, const std::vector<std::string>& names) {
    std::vector<std::string> paths;
    for (const std::string& name : names) {
        fs::copy_file(fixture(name), dir / name);
        paths.push_back((dir / name).string());
    }
    return paths;
}

CommandResult migrate(const std::vector<std::string>& files, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"migrate", "--to", "2026-08"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.insert(args.end(), files.begin(), files.end());
    return run_sweepc(args);
}

const std::string single_node_disagg =
    "demo-fp8-h200-vllm:\n"
    "  image: vllm/vllm-openai:v0.18.0\n"
    "  model: demo/Demo\n"
    "  model-prefix: demo\n"
    "  runner: h200\n"
    "  precision: fp8\n"
    "  framework: vllm\n"
    "  multinode: false\n"
    "  disagg: true\n"
    "  seq-len-configs:\n"
    "  - { isl: 1024, osl: 1024, search-space: [{ tp: 8, conc-list: [4] }] }\n";

}  // namespace

TEST_CASE("migrate rewrites files in place and says what it did", "[migrate]") {
    TempDir dir;
    std::vector<std::string> files = copy_fixtures(dir, {"block-master.yaml", "block-runners.yaml"});
    CommandResult result = migrate(files);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(read_file(files[0]) == read_file(fixture("block-master.expected.yaml")));
    CHECK(read_file(files[1]) == read_file(fixture("block-runners.expected.yaml")));
    CHECK(result.out == "migrated " + files[0] + ": 2 configs: 'seq-len-configs' -> 'scenarios: fixed-seq-len'\n" +
                            "migrated " + files[1] + ": 4 runner types moved under 'labels:'\n");
    // The note about renamed runs points into the file as it is now.
    CHECK(result.err.find(files[0] + ":45:14: note: this fixed-seq-len block has isl 1024 and osl 8192") !=
          std::string::npos);
    CHECK(result.err.find("'<model-prefix>_1024_8192'") != std::string::npos);
    // No temporary file is left beside them.
    int entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++entries;
    CHECK(entries == 2);
}

TEST_CASE("migrate --check writes nothing and exits 1 only when something would change", "[migrate]") {
    TempDir dir;
    std::vector<std::string> files = copy_fixtures(dir, {"flow-master.yaml", "flow-runners.yaml"});
    CommandResult check = migrate(files, {"--check"});
    INFO(check.err);
    CHECK(check.exit_code == 1);
    CHECK(check.out.find("would migrate " + files[0] + ": 2 configs") != std::string::npos);
    CHECK(check.out.find("would migrate " + files[1] + ": 2 runner types") != std::string::npos);
    CHECK(read_file(files[0]) == read_file(fixture("flow-master.yaml")));
    CHECK(read_file(files[1]) == read_file(fixture("flow-runners.yaml")));

    REQUIRE(migrate(files).exit_code == 0);
    const std::string migrated = read_file(files[0]);
    CommandResult again = migrate(files, {"--check"});
    CHECK(again.exit_code == 0);
    CHECK(again.out == files[0] + ": already in the 2026-08 form\n" + files[1] + ": already in the 2026-08 form\n");
    CommandResult rerun = migrate(files);
    CHECK(rerun.exit_code == 0);
    CHECK(read_file(files[0]) == migrated);
}

TEST_CASE("a file that is not valid YAML gets a located error and nothing is written", "[migrate]") {
    TempDir dir;
    std::vector<std::string> files = copy_fixtures(dir, {"block-master.yaml"});
    const std::string broken = dir / "broken.yaml";
    write_file(broken, "demo:\n  image: [unclosed\n  model: x\n");
    files.push_back(broken);
    CommandResult result = migrate(files);
    CHECK(result.exit_code == 1);
    CHECK(result.err.find(broken + ":") != std::string::npos);
    CHECK(result.err.find("[yaml-syntax]") != std::string::npos);
    CHECK(result.err.find("no file was rewritten because of the errors above") != std::string::npos);
    CHECK(result.out.empty());
    // The valid file beside it is not migrated either: the suite stays in one edition.
    CHECK(read_file(files[0]) == read_file(fixture("block-master.yaml")));
    CHECK(read_file(broken) == "demo:\n  image: [unclosed\n  model: x\n");
}

TEST_CASE("a file that is neither a master config nor a runners file is refused with its place", "[migrate]") {
    TempDir dir;
    struct Bad {
        const char* text;
        const char* expected;
    };
    const std::vector<Bad> bad = {
        {"- a\n- b\n", ":1:1: error: not a master config or runners file: the top level is a list"},
        {"", ": error: not a master config or runners file: the top level is empty"},
        {"version: 1\nbase-score: 1.0\n", ":1:1: error: not a master config or runners file: 'version' is an integer"},
        {"h100: [a]\ndemo:\n  image: x\n", ":2:1: error: not a master config or runners file: 'demo' is a mapping"},
        {"demo:\n  image: x\n", ":1:1: error: not a recognisable master config: no config has 'seq-len-configs'"},
    };
    for (const Bad& b : bad) {
        INFO(b.text);
        const std::string path = dir / "input.yaml";
        write_file(path, b.text);
        CommandResult result = migrate({path});
        CHECK(result.exit_code == 1);
        CHECK(result.err.find(path + b.expected) != std::string::npos);
        CHECK(read_file(path) == b.text);
    }
}

TEST_CASE("2026-08 rejects what migration cannot decide: located errors that say what to do", "[migrate]") {
    TempDir dir;
    SECTION("a single-node config with disagg: true") {
        const std::string path = dir / "master.yaml";
        write_file(path, single_node_disagg);
        CommandResult result = migrate({path});
        CHECK(result.exit_code == 1);
        CHECK(result.err.find(path + ":9:11: error: config 'demo-fp8-h200-vllm' is single-node with 'disagg: "
                                     "true', which 2026-08 rejects") != std::string::npos);
        CHECK(result.err.find("fix: disagg: false") != std::string::npos);
        CHECK(read_file(path) == single_node_disagg);
    }
    SECTION("a disaggregated multi-node config without a KV transfer backend") {
        const std::vector<std::string> files = copy_fixtures(dir, {"disagg-master.yaml"});
        CommandResult result = migrate(files);
        CHECK(result.exit_code == 1);
        CHECK(result.err.find(files[0] + ":9:3: error: config 'demo-fp8-gb200-dynamo-trt' is disaggregated") !=
              std::string::npos);
        CHECK(result.err.find(files[0] + ":17:183: error: config 'demo-fp8-mi355x-sglang-disagg' is disaggregated") !=
              std::string::npos);  // at its disagg key, inside the flow mapping
        CHECK(result.err.find("rerun with --kv-p2p-transfer BACKEND") != std::string::npos);
        CHECK(result.err.find("2 errors generated.") != std::string::npos);
        CHECK(read_file(files[0]) == read_file(fixture("disagg-master.yaml")));

        // A rule for some configs only: the others are still reported.
        CommandResult partial = migrate(files, {"--kv-p2p-transfer", "*-mi355x-*=mori"});
        CHECK(partial.exit_code == 1);
        CHECK(partial.err.find("'demo-fp8-gb200-dynamo-trt' is disaggregated") != std::string::npos);
        CHECK(partial.err.find("'demo-fp8-mi355x-sglang-disagg' is disaggregated") == std::string::npos);

        CommandResult fixed = migrate(files, {"--kv-p2p-transfer", "*-mi355x-*=mori", "--kv-p2p-transfer", "nixl"});
        INFO(fixed.err);
        CHECK(fixed.exit_code == 0);
        CHECK(read_file(files[0]) == read_file(fixture("disagg-master.expected.yaml")));
    }
    SECTION("a config with both forms") {
        const std::string path = dir / "master.yaml";
        const std::string text = "demo:\n  image: x\n  seq-len-configs: []\n  scenarios: {fixed-seq-len: []}\n";
        write_file(path, text);
        CommandResult result = migrate({path});
        CHECK(result.exit_code == 1);
        CHECK(result.err.find(path + ":3:3: error: config 'demo' has both 'seq-len-configs' (2026-03) and "
                                     "'scenarios' (2026-08)") != std::string::npos);
        CHECK(read_file(path) == text);
    }
}

TEST_CASE("an unused --kv-p2p-transfer rule is a warning; a malformed one a usage error", "[migrate]") {
    TempDir dir;
    std::vector<std::string> files = copy_fixtures(dir, {"block-master.yaml"});
    CommandResult unused = migrate(files, {"--kv-p2p-transfer", "nothing-*=nixl"});
    CHECK(unused.exit_code == 0);
    CHECK(unused.err.find("--kv-p2p-transfer: warning: 'nothing-*=nixl' matched no disaggregated config") !=
          std::string::npos);

    CommandResult empty = migrate(files, {"--kv-p2p-transfer", "demo="});
    CHECK(empty.exit_code == 2);
    CHECK(empty.err.find("'demo=': the backend name is empty") != std::string::npos);
}

TEST_CASE("migrate usage errors: unknown edition, a missing file, a file named twice", "[migrate]") {
    TempDir dir;
    std::vector<std::string> files = copy_fixtures(dir, {"block-runners.yaml"});
    CommandResult edition = run_sweepc({"migrate", "--to", "2026-03", files[0]});
    CHECK(edition.exit_code == 2);
    CHECK(edition.err.find("2026-03 not in {2026-08}") != std::string::npos);

    CommandResult missing = migrate({files[0], (dir / "missing.yaml").string()});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("missing.yaml: error: cannot open file") != std::string::npos);
    CHECK(read_file(files[0]) == read_file(fixture("block-runners.yaml")));

    CommandResult twice = migrate({files[0], (dir.path() / "." / "block-runners.yaml").string()});
    CHECK(twice.exit_code == 2);
    CHECK(twice.err.find("this file is named more than once") != std::string::npos);
    CHECK(read_file(files[0]) == read_file(fixture("block-runners.yaml")));
}

TEST_CASE("migrate keeps a file's permissions and rewrites the target of a symbolic link", "[migrate]") {
    TempDir dir;
    std::vector<std::string> files = copy_fixtures(dir, {"block-runners.yaml"});
    fs::permissions(files[0], fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    const fs::path link = dir / "runners.yaml";
    fs::create_symlink("block-runners.yaml", link);
    CommandResult result = migrate({link.string()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(fs::is_symlink(link));
    CHECK(read_file(files[0]) == read_file(fixture("block-runners.expected.yaml")));
    CHECK(fs::status(files[0]).permissions() ==
          (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
}

TEST_CASE("a leftover temporary file of an interrupted run is removed", "[migrate]") {
    TempDir dir;
    std::vector<std::string> files = copy_fixtures(dir, {"block-runners.yaml"});
    // No process has pid 2^22 + 1 on Linux (pid_max is at most 2^22).
    const fs::path leftover = dir / ".block-runners.yaml.sweepc-migrate-4194305";
    write_file(leftover, "half");
    REQUIRE(migrate(files).exit_code == 0);
    CHECK_FALSE(fs::exists(leftover));
}

TEST_CASE("file names with control characters are printed escaped", "[migrate]") {
    TempDir dir;
    const fs::path hostile = dir / "runners\x1b[2J\n::error::x.yaml";
    fs::copy_file(fixture("block-runners.yaml"), hostile);
    CommandResult result = migrate({hostile.string()}, {"--check"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.find("runners\\x1B[2J\\x0A::error::x.yaml") != std::string::npos);
    CHECK(result.out.find('\x1b') == std::string::npos);
}

TEST_CASE("migrate prints diagnostics in the machine formats too", "[migrate]") {
    TempDir dir;
    const std::string path = dir / "master.yaml";
    write_file(path, single_node_disagg);
    CommandResult result = migrate({path}, {"--format", "json"});
    CHECK(result.exit_code == 1);
    nlohmann::json findings = nlohmann::json::parse(result.err);
    REQUIRE(findings.is_array());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0]["rule"] == "migrate");
    CHECK(findings[0]["line"] == 9);
}
