// `sweepc emit`: layout, matrix limits and shard names, determinism, --check and atomic replacement.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fmt/format.h>

#include "emit/emit_test_support.h"

using namespace sweepc::test;
using namespace sweepc::test::emit;
namespace fs = std::filesystem;

namespace {

// A single-node config with `jobs` concurrencies at 1k1k: one job each.
void write_large_config(const fs::path& path, int jobs) {
    std::string list;
    for (int conc = 1; conc <= jobs; ++conc) list += fmt::format("{}{}", conc == 1 ? "" : ", ", conc);
    write_file(path, fmt::format(R"(large-fp4-mi355x-vllm:
  image: vllm/vllm-openai-rocm:v0.18.0
  model: amd/Kimi-K2.5-MXFP4
  model-prefix: kimik2.5
  runner: mi355x
  precision: fp4
  framework: vllm
  multinode: false
  seq-len-configs:
  - isl: 1024
    osl: 1024
    search-space:
    - {{ tp: 8, conc-list: [{}] }}
)",
                                 list));
}

CommandResult emit_files(const std::vector<std::string>& configs, const fs::path& out,
                         const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"emit", "--config-files"};
    args.insert(args.end(), configs.begin(), configs.end());
    args.insert(args.end(), {"--runner-config", fixture("runners.yaml").string(), "--out", out.string()});
    args.insert(args.end(), extra.begin(), extra.end());
    return run_sweepc(args);
}

}  // namespace

TEST_CASE("emit writes full-sweep.json, bucketed matrices, an index, run scripts and plan.md", "[emit]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    CommandResult result = emit_fixture({"small.yaml"}, out);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);

    // full-sweep.json is byte for byte what `sweepc matrix full-sweep` prints for the same input.
    CommandResult matrix = run_sweepc({"matrix", "full-sweep", "--config-files", fixture("small.yaml").string(),
                                       "--runner-config", fixture("runners.yaml").string()});
    REQUIRE(matrix.exit_code == 0);
    CHECK(read_file(out / "full-sweep.json") == matrix.out);

    const auto files = read_tree(out);
    std::vector<std::string> names;
    for (const auto& [name, content] : files) names.push_back(name);
    CHECK(names == std::vector<std::string>{
                       "full-sweep.json",
                       "matrix/index.json",
                       "matrix/multi-node-8k1k.json",
                       "matrix/single-node-1k1k.json",
                       "matrix/single-node-other.json",
                       "plan.md",
                       "runs/small-fp4-gb200-dynamo-trt/"
                       "8k1k_prefill-n1-tp4-ep4-dpatrue_decode-n2-tp8-ep8-dpafalse_spec-mtp_conc8-32.sh",
                       "runs/small-fp4-mi355x-vllm/1k1k_tp4-ep4-dpatrue_spec-none_conc8.sh",
                       "runs/small-fp4-mi355x-vllm/1k1k_tp4-ep4-dpatrue_spec-none_conc8_dup2.sh",
                       "runs/small-fp4-mi355x-vllm/1k1k_tp8-ep1-dpafalse_spec-none_conc16.sh",
                       "runs/small-fp4-mi355x-vllm/1k1k_tp8-ep1-dpafalse_spec-none_conc4.sh",
                       "runs/small-fp4-mi355x-vllm/1k1k_tp8-ep1-dpafalse_spec-none_conc8.sh",
                       "runs/small-fp4-mi355x-vllm/2048_512_tp2-ep1-dpafalse_spec-mtp_conc32.sh",
                       "runs/small-fp4-mi355x-vllm/2048_512_tp2-ep1-dpafalse_spec-mtp_conc64.sh",
                       "sweepc-manifest.json",
                   });

    // Every run is in exactly one matrix file, and the files in index order give the plan back
    // grouped by node kind and bucket.
    const auto index = nlohmann::json::parse(files.at("matrix/index.json"));
    CHECK(index["max-jobs"] == 256);
    CHECK(index["total-jobs"] == 8);
    std::size_t listed_jobs = 0;
    auto all = nlohmann::json::array();
    for (const auto& listed : index["files"]) {
        const auto matrix_file = nlohmann::json::parse(files.at("matrix/" + listed["file"].get<std::string>()));
        CHECK(matrix_file.size() == listed["jobs"].get<std::size_t>());
        listed_jobs += matrix_file.size();
        for (const auto& entry : matrix_file) all.push_back(entry);
    }
    CHECK(listed_jobs == 8);
    auto full = nlohmann::json::parse(files.at("full-sweep.json"));
    auto by_dump = [](const nlohmann::json& a, const nlohmann::json& b) { return a.dump() < b.dump(); };
    std::sort(all.begin(), all.end(), by_dump);
    std::sort(full.begin(), full.end(), by_dump);
    CHECK(all == full);

    // plan.md: per config and sequence length, rows with concurrency lists, jobs and GPUs.
    const std::string& plan = files.at("plan.md");
    CHECK(plan.find("2 configs, 8 jobs, 56 GPUs in total") != std::string::npos);
    CHECK(plan.find("| line 15 | 8 | 1 | no | `none` | 4, 8, 16 | 3 | 24 |") != std::string::npos);
    CHECK(plan.find("### 2048_512 (isl 2048, osl 512)") != std::string::npos);
    CHECK(plan.find("| line 36 | 1 × tp4 ep4 dp-attn | 2 × tp8 ep8 | `mtp` | 8, 32 | 1 | 20 |") != std::string::npos);
}

TEST_CASE("emit splits a matrix over --max-jobs into even numbered parts", "[emit]") {
    TempDir temp;
    SECTION("300 jobs under the default 256 limit") {
        write_large_config(temp / "large.yaml", 300);
        CommandResult result = emit_files({(temp / "large.yaml").string()}, temp / "out");
        INFO(result.err);
        REQUIRE(result.exit_code == 0);
        const auto index = nlohmann::json::parse(read_file(temp / "out" / "matrix" / "index.json"));
        REQUIRE(index["files"].size() == 2);
        CHECK(index["files"][0]["file"] == "single-node-1k1k-part-1.json");
        CHECK(index["files"][1]["file"] == "single-node-1k1k-part-2.json");
        CHECK(index["files"][0]["jobs"] == 150);
        CHECK(index["files"][1]["jobs"] == 150);
        CHECK(index["files"][1]["part"] == 2);
        CHECK(index["files"][1]["parts"] == 2);
        // Contiguous slices in plan order: part 1 holds concurrencies 1..150, part 2 151..300.
        const auto part1 = nlohmann::json::parse(read_file(temp / "out" / "matrix" / "single-node-1k1k-part-1.json"));
        const auto part2 = nlohmann::json::parse(read_file(temp / "out" / "matrix" / "single-node-1k1k-part-2.json"));
        CHECK(part1.front()["conc"] == 1);
        CHECK(part1.back()["conc"] == 150);
        CHECK(part2.front()["conc"] == 151);
        CHECK(part2.back()["conc"] == 300);
        CHECK_FALSE(fs::exists(temp / "out" / "matrix" / "single-node-1k1k.json"));
    }
    SECTION("exactly 256 jobs stay one file") {
        write_large_config(temp / "large.yaml", 256);
        REQUIRE(emit_files({(temp / "large.yaml").string()}, temp / "out").exit_code == 0);
        const auto index = nlohmann::json::parse(read_file(temp / "out" / "matrix" / "index.json"));
        REQUIRE(index["files"].size() == 1);
        CHECK(index["files"][0]["file"] == "single-node-1k1k.json");
        CHECK(index["files"][0]["jobs"] == 256);
    }
    SECTION("a smaller --max-jobs splits only the buckets over it") {
        REQUIRE(emit_fixture({"small.yaml"}, temp / "out", {"--max-jobs", "4"}).exit_code == 0);
        const auto index = nlohmann::json::parse(read_file(temp / "out" / "matrix" / "index.json"));
        std::vector<std::pair<std::string, int>> listed;
        for (const auto& file : index["files"]) listed.emplace_back(file["file"], file["jobs"]);
        CHECK(listed == std::vector<std::pair<std::string, int>>{{"single-node-1k1k-part-1.json", 3},
                                                                 {"single-node-1k1k-part-2.json", 2},
                                                                 {"single-node-other.json", 2},
                                                                 {"multi-node-8k1k.json", 1}});
    }
    SECTION("--max-jobs 0 is a usage error") {
        CommandResult result = emit_fixture({"small.yaml"}, temp / "out", {"--max-jobs", "0"});
        CHECK(result.exit_code == 2);
        CHECK_FALSE(fs::exists(temp / "out"));
    }
}

TEST_CASE("emit is deterministic: two runs give the same bytes", "[emit]") {
    TempDir temp;
    REQUIRE(emit_fixture({"small.yaml", "hostile.yaml"}, temp / "a").exit_code == 0);
    REQUIRE(emit_fixture({"small.yaml", "hostile.yaml"}, temp / "b").exit_code == 0);
    CHECK(read_tree(temp / "a") == read_tree(temp / "b"));
    // Emitting again over the same folder changes nothing either.
    REQUIRE(emit_fixture({"small.yaml", "hostile.yaml"}, temp / "a").exit_code == 0);
    CHECK(read_tree(temp / "a") == read_tree(temp / "b"));
}

TEST_CASE("emit --check exits 0 when up to date and 1 listing each difference", "[emit]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_fixture({"small.yaml"}, out).exit_code == 0);
    const auto before = read_tree(out);

    CommandResult clean = emit_fixture({"small.yaml"}, out, {"--check"});
    CHECK(clean.exit_code == 0);
    CHECK(clean.out == out.string() + " is up to date\n");

    const std::string script = "runs/small-fp4-mi355x-vllm/1k1k_tp8-ep1-dpafalse_spec-none_conc4.sh";
    write_file(out / "plan.md", "edited by hand\n");
    write_file(out / "matrix" / "old-bucket.json", "[]\n");
    fs::remove(out / "matrix" / "single-node-other.json");
    fs::permissions(out / script, fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec,
                    fs::perm_options::remove);

    CommandResult stale = emit_fixture({"small.yaml"}, out, {"--check"});
    CHECK(stale.exit_code == 1);
    CHECK(split_lines(stale.out) == std::vector<std::string>{"not written by sweepc: matrix/old-bucket.json",
                                                             "missing: matrix/single-node-other.json",
                                                             "differs: plan.md", "mode: " + script});
    CHECK(stale.err.find("is out of date (4 differences)") != std::string::npos);
    // --check writes nothing.
    CHECK(read_file(out / "plan.md") == "edited by hand\n");

    // A real emit does not overwrite the edit by hand; with --force it repairs all of it, and the
    // file it did not write goes too.
    CommandResult refused = emit_fixture({"small.yaml"}, out);
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("1 file(s) were changed after sweepc wrote them (plan.md)") != std::string::npos);
    CHECK(read_file(out / "plan.md") == "edited by hand\n");
    REQUIRE(emit_fixture({"small.yaml"}, out, {"--force"}).exit_code == 0);
    CHECK(read_tree(out) == before);
    CHECK(emit_fixture({"small.yaml"}, out, {"--check"}).exit_code == 0);

    // A missing folder is out of date too.
    CommandResult missing = emit_fixture({"small.yaml"}, temp / "nowhere", {"--check"});
    CHECK(missing.exit_code == 1);
    CHECK(missing.out.find("missing: plan.md") != std::string::npos);
}

TEST_CASE("a failed emit leaves the previous output folder as it was", "[emit]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_fixture({"small.yaml"}, out).exit_code == 0);
    const auto before = read_tree(out);
    // Staging folders (".generated.sweepc-new-<pid>") that a failure left behind.
    auto leftovers = [&] {
        std::vector<std::string> names;
        for (const auto& item : fs::directory_iterator(temp.path())) {
            if (item.path().filename().string().front() == '.') names.push_back(item.path().filename());
        }
        return names;
    };

    SECTION("an invalid config") {
        CommandResult result = emit_fixture({"invalid.yaml"}, out);
        CHECK(result.exit_code == 1);
        CHECK(result.err.find("tp") != std::string::npos);
    }
    SECTION("a value that cannot be emitted") {
        CommandResult result = emit_fixture({"small.yaml", "expression.yaml"}, out);
        CHECK(result.exit_code == 1);
        CHECK(result.err.find("emit/unsafe-value") != std::string::npos);
    }
    SECTION("a write that fails halfway (file size limit)") {
        // With SIGXFSZ ignored, writing past `ulimit -f` fails with EFBIG after some files were
        // written to the staging folder: the swap never happens and the staging folder goes away.
        write_large_config(temp / "large.yaml", 300);
        const std::string command =
            fmt::format("trap '' XFSZ; ulimit -f 8; exec '{}' emit --config-files '{}' --runner-config '{}' --out '{}'",
                        SWEEPC_BINARY, (temp / "large.yaml").string(), fixture("runners.yaml").string(), out.string());
        CommandResult result = run_program({"bash", "-c", command}, temp.path());
        INFO(result.err);
        CHECK(result.exit_code == 2);
        CHECK(result.err.find("was left unchanged") != std::string::npos);
    }
    CHECK(read_tree(out) == before);
    CHECK(leftovers().empty());
}

TEST_CASE("emit replaces the folder as a whole and refuses folders it did not write", "[emit]") {
    TempDir temp;
    const fs::path out = temp / "generated";
    REQUIRE(emit_fixture({"small.yaml", "hostile.yaml"}, out).exit_code == 0);
    REQUIRE(fs::exists(out / "runs" / "evil-multinode"));
    // Dropping a config removes its scripts: nothing stale survives a re-emit.
    REQUIRE(emit_fixture({"small.yaml"}, out).exit_code == 0);
    CHECK_FALSE(fs::exists(out / "runs" / "evil-multinode"));

    write_file(temp / "mine" / "notes.txt", "keep me\n");
    CommandResult refused = emit_fixture({"small.yaml"}, temp / "mine");
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.find("holds 1 file(s) (notes.txt) but no sweepc-manifest.json") != std::string::npos);
    CHECK(read_file(temp / "mine" / "notes.txt") == "keep me\n");

    CommandResult dot = run_sweepc({"emit", "--config-files", fixture("small.yaml").string(), "--runner-config",
                                    fixture("runners.yaml").string(), "--out", "."},
                                   temp.path());
    CHECK(dot.exit_code == 2);

    // An empty folder may be filled.
    fs::create_directories(temp / "empty");
    CHECK(emit_fixture({"small.yaml"}, temp / "empty").exit_code == 0);
}

TEST_CASE("the repository's generated/ is what sweepc emit makes from configs/", "[emit]") {
    // CI runs the test suite, so a config change without `sweepc emit` fails here.
    CommandResult result = run_sweepc({"emit", "--check"});
    INFO(result.out << result.err);
    CHECK(result.exit_code == 0);
}
