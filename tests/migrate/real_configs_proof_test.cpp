// The proof that migration keeps meaning on real files: the suite's own 2026-03 configs, migrated,
// compile under 2026-08 (--no-evals) to the same runs as the originals under 2026-03, field by
// field where both editions have the field. What differs does so by the editions' design:
// max-model-len is isl + osl + 256 (2026-03: + 200); 1024/8192 runs are named `_1024_8192`
// (2026-03: `_1k8k`); pp, dcp-size and pcp-size (1) and kv-p2p-transfer are new.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "migrate/migrate_test_support.h"

using namespace sweepc::test;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const std::vector<std::string> config_names = {"amd-master.yaml", "nvidia-master.yaml"};

json full_sweep(const fs::path& folder, const std::vector<std::string>& extra) {
    std::vector<std::string> args{"matrix", "full-sweep", "--config-files"};
    for (const std::string& name : config_names) args.push_back((folder / name).string());
    args.push_back("--runner-config");
    args.push_back((folder / "runners.yaml").string());
    args.insert(args.end(), extra.begin(), extra.end());
    CommandResult result = run_sweepc(args);
    INFO(result.err.substr(0, 4000));
    REQUIRE(result.exit_code == 0);
    return json::parse(result.out);
}

// The fields 2026-08 added, with the value a migrated 2026-03 config must give them.
bool is_new_parallelism(const std::string& key, const json& value) {
    return (key == "pp" || key == "dcp-size" || key == "pcp-size") && value == 1;
}

struct Tally {
    std::size_t runs = 0;
    std::size_t multi_node = 0;
    std::size_t renamed = 0;
    std::size_t kv_transfer = 0;
};

// Compares one worker (prefill or decode) of a multi-node run.
void compare_worker(const json& before, const json& after, const std::string& where) {
    INFO(where);
    for (const auto& [key, value] : before.items()) {
        REQUIRE(after.contains(key));
        CHECK(after.at(key) == value);
    }
    for (const auto& [key, value] : after.items()) {
        if (!before.contains(key)) CHECK(is_new_parallelism(key, value));
    }
}

void compare_run(const json& before, const json& after, std::size_t index, Tally& tally) {
    const std::string where = fmt::format("run {}: {}", index, before.dump());
    INFO(where);
    const std::int64_t isl = before.at("isl").get<std::int64_t>();
    const std::int64_t osl = before.at("osl").get<std::int64_t>();
    for (const auto& [key, value] : before.items()) {
        REQUIRE(after.contains(key));
        if (key == "max-model-len") {
            CHECK(value == isl + osl + 200);
            CHECK(after.at(key) == isl + osl + 256);
        } else if (key == "exp-name" && isl == 1024 && osl == 8192) {
            const std::string prefix = before.at("model-prefix").get<std::string>();
            CHECK(value == prefix + "_1k8k");
            CHECK(after.at(key) == prefix + "_1024_8192");
            ++tally.renamed;
        } else if (key == "prefill" || key == "decode") {
            compare_worker(value, after.at(key), where + " " + key);
        } else {
            CHECK(after.at(key) == value);
        }
    }
    for (const auto& [key, value] : after.items()) {
        if (before.contains(key)) continue;
        if (key == "kv-p2p-transfer") {
            // The backends given to the migration: mori for the MI355X disaggregated configs, nixl elsewhere.
            const bool amd = before.at("runner").get<std::string>().rfind("mi355x", 0) == 0;
            CHECK(value == (amd ? "mori" : "nixl"));
            ++tally.kv_transfer;
        } else {
            CHECK(is_new_parallelism(key, value));
        }
    }
    ++tally.runs;
    if (before.contains("prefill")) ++tally.multi_node;
}

}  // namespace

TEST_CASE("the real 2026-03 configs, migrated, compile under 2026-08 to the same runs", "[migrate][conformance]") {
    const fs::path originals = shared_inferencex_dir() / "configs";
    TempDir migrated;
    std::vector<std::string> files;
    for (const char* name : {"amd-master.yaml", "nvidia-master.yaml", "runners.yaml"}) {
        fs::copy_file(originals / name, migrated / name);
        files.push_back((migrated / name).string());
    }
    std::vector<std::string> args{"migrate",           "--to", "2026-08", "--kv-p2p-transfer", "*-mi355x-*=mori",
                                  "--kv-p2p-transfer", "nixl"};
    args.insert(args.end(), files.begin(), files.end());
    CommandResult migration = run_sweepc(args);
    INFO(migration.err);
    REQUIRE(migration.exit_code == 0);

    const json before = full_sweep(originals, {});
    const json after = full_sweep(migrated.path(), {"--no-evals"});
    REQUIRE(before.is_array());
    REQUIRE(before.size() == after.size());
    Tally tally;
    for (std::size_t i = 0; i < before.size(); ++i) compare_run(before[i], after[i], i, tally);

    // Every kind of difference was met, so none of the branches above is dead.
    CHECK(tally.runs == before.size());
    CHECK(tally.multi_node > 0);
    CHECK(tally.renamed > 0);
    CHECK(tally.kv_transfer == tally.multi_node);  // every multi-node config of the suite is disaggregated
    WARN(fmt::format("{} runs compared ({} multi-node, {} renamed 1k8k -> 1024_8192, {} with kv-p2p-transfer)",
                     tally.runs, tally.multi_node, tally.renamed, tally.kv_transfer));
}
