// Bad configs: every problem is reported in one run, at its YAML line and column, with the
// field and what was expected.
#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace sweepc::test;

namespace {

const char* const runners = "mi355x:\n- mi355x-amds_0\n";

const char* const good_entry = R"(kimik2.5-fp4-mi355x-vllm:
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
)";

CommandResult run_on(const TempDir& dir, const std::vector<std::string>& files) {
    write_file(dir / "runners.yaml", runners);
    std::vector<std::string> args{"matrix", "test-config", "--config-keys", "*", "--config-files"};
    args.insert(args.end(), files.begin(), files.end());
    args.insert(args.end(), {"--runner-config", "runners.yaml"});
    return run_sweepc(args, dir.path());
}

}  // namespace

TEST_CASE("schema and concurrency errors are all reported, located, with nothing on stdout", "[schema]") {
    TempDir dir;
    write_file(dir / "master.yaml", std::string(good_entry) +
                                        "    - { tp: 8, eps: 4, conc-start: 4, conc-end: 64 }\n"
                                        "    - { tp: \"8\", conc-start: 64, conc-end: 4 }\n"
                                        "    - { tp: 4, conc-start: 4 }\n"
                                        "    - { tp: 0, spec-decoding: MTP, conc-list: [4, 0] }\n"
                                        "    - { tp: 4, conc-list: [4], conc-start: 1, conc-end: 2 }\n");
    CommandResult result = run_on(dir, {"master.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains(
        "master.yaml:13:16: error: unknown field 'eps' in search-space row (did you mean 'ep'?); allowed: tp, ep, "
        "dp-attn, spec-decoding, conc-start, conc-end, conc-list [schema]"));
    CHECK_THAT(result.err, Catch::Contains("master.yaml:14:13: error: field 'tp' in search-space row must be an integer, "
                                           "got string '8'"));
    CHECK_THAT(result.err, Catch::Contains("master.yaml:14:30: error: 'conc-start' (64) is above 'conc-end' (4)"));
    CHECK_THAT(result.err, Catch::Contains("master.yaml:15:28: error: search-space row has 'conc-start' without "
                                           "'conc-end'"));
    CHECK_THAT(result.err, Catch::Contains("master.yaml:16:13: error: field 'tp' in search-space row must be at least 1"));
    CHECK_THAT(result.err, Catch::Contains("master.yaml:16:31: error: field 'spec-decoding' in search-space row must be "
                                           "one of \"mtp\", \"draft_model\", \"none\"; got string 'MTP'"));
    CHECK_THAT(result.err, Catch::Contains("master.yaml:16:51: error: item 1 of 'conc-list' must be at least 1"));
    CHECK_THAT(result.err, Catch::Contains("master.yaml:17:27: error: search-space row gives both 'conc-list' and "
                                           "'conc-start'/'conc-end'"));
    CHECK_THAT(result.err, Catch::Contains("8 errors generated."));
}

TEST_CASE("missing fields of one entry are reported together", "[schema]") {
    TempDir dir;
    write_file(dir / "master.yaml", "broken:\n  image: x\n  multinode: true\n  extra: 1\n");
    CommandResult result = run_on(dir, {"master.yaml"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("master.yaml:1:1: error: multi-node config entry 'broken' is missing required "
                                           "fields 'model', 'model-prefix', 'precision', 'framework', 'runner', "
                                           "'seq-len-configs'"));
    CHECK_THAT(result.err, Catch::Contains("master.yaml:4:3: error: unknown field 'extra' in multi-node config entry"));
}

TEST_CASE("a full-width comma in a flow mapping is named", "[schema]") {
    TempDir dir;
    write_file(dir / "master.yaml", std::string(good_entry) + "    - { tp: 8\xef\xbc\x8c conc-start: 4, conc-end: 64 }\n");
    CommandResult result = run_on(dir, {"master.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains("master.yaml:13:") && Catch::Contains("U+FF0C FULLWIDTH COMMA"));
}

TEST_CASE("config names are unique across files and may not contain '*'", "[schema]") {
    TempDir dir;
    const std::string row = "    - { tp: 8, conc-start: 4, conc-end: 8 }\n";
    write_file(dir / "a.yaml", std::string(good_entry) + row);
    write_file(dir / "b.yaml", std::string("x: 1\n") + good_entry + row + "bad*name: {}\n");
    CommandResult result = run_on(dir, {"a.yaml", "b.yaml"});
    CHECK(result.exit_code == 1);
    CHECK_THAT(result.err, Catch::Contains("b.yaml:2:1: error: config 'kimik2.5-fp4-mi355x-vllm' is also defined at "
                                           "a.yaml:1:1"));
    CHECK_THAT(result.err, Catch::Contains("contains '*'"));
}

TEST_CASE("command-line problems exit 2 with one clear line and no stdout", "[cli]") {
    TempDir dir;
    write_file(dir / "master.yaml", std::string(good_entry) + "    - { tp: 8, conc-start: 4, conc-end: 8 }\n");
    write_file(dir / "runners.yaml", runners);
    auto run = [&](std::vector<std::string> args) {
        std::vector<std::string> full{"matrix"};
        full.insert(full.end(), args.begin(), args.end());
        return run_sweepc(full, dir.path());
    };
    const std::vector<std::string> files{"--config-files", "master.yaml", "--runner-config", "runners.yaml"};
    auto with_files = [&](std::vector<std::string> args) {
        args.insert(args.end(), files.begin(), files.end());
        return run(args);
    };

    CommandResult step = with_files({"full-sweep", "--step-size", "1"});
    CHECK(step.exit_code == 2);
    CHECK(step.out.empty());
    CHECK_THAT(step.err, Catch::Contains("--step-size must be at least 2"));

    CommandResult runner = with_files({"full-sweep", "--runner-type", "mi999"});
    CHECK(runner.exit_code == 2);
    CHECK_THAT(runner.err, Catch::Contains("unknown runner type 'mi999'") && Catch::Contains("mi355x"));

    CommandResult key = with_files({"test-config", "--config-keys", "kimik2.5-fp4-mi355x-vlm"});
    CHECK(key.exit_code == 2);
    CHECK(key.out.empty());
    CHECK_THAT(key.err, Catch::Contains("did you mean 'kimik2.5-fp4-mi355x-vllm'?"));

    CommandResult glob = with_files({"test-config", "--config-keys", "dsr1-*"});
    CHECK(glob.exit_code == 2);
    CHECK_THAT(glob.err, Catch::Contains("config key pattern 'dsr1-*' matches no config"));

    CommandResult node = with_files({"runner-model-sweep", "--runner-type", "mi355x", "--runner-node-filter", "zz"});
    CHECK(node.exit_code == 2);
    CHECK_THAT(node.err, Catch::Contains("no node of runner type 'mi355x' contains 'zz'"));

    CommandResult both = with_files({"full-sweep", "--run-evals", "--evals-only"});
    CHECK(both.exit_code == 2);
    CHECK(both.out.empty());

    CommandResult seq = with_files({"full-sweep", "--seq-lens", "2k2k"});
    CHECK(seq.exit_code == 2);
    CHECK_THAT(seq.err, Catch::Contains("unknown sequence length '2k2k'"));

    CommandResult missing = run({"full-sweep", "--config-files", "nope.yaml", "--runner-config", "runners.yaml"});
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.err, Catch::Contains("nope.yaml: error: cannot open file"));

    CommandResult folder = run({"full-sweep", "--config-files", ".", "--runner-config", "runners.yaml"});
    CHECK(folder.exit_code == 2);
    CHECK_THAT(folder.err, Catch::Contains("is a directory"));
}
