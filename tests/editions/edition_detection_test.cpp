// Editions: detected from the inputs, forced with --edition, never mixed; constructs and options of
// the other edition say which edition they belong to.
#include <catch2/catch.hpp>

#include "editions/edition_test_support.h"

using namespace sweepc::test;

namespace {

const auto new_master = [] { return edition_2026_08_fixture() / "master.yaml"; };
const auto new_runners = [] { return edition_2026_08_fixture() / "runners.yaml"; };
const auto old_master = [] { return edition_2026_03_fixture() / "master.yaml"; };
const auto old_runners = [] { return edition_2026_03_fixture() / "runners.yaml"; };

}  // namespace

TEST_CASE("the edition is detected from the inputs", "[editions]") {
    // 2026-08 (scenarios, labels:): single-node fixed entries carry pp, dcp-size and pcp-size.
    CommandResult current = run_matrix_on(new_master(), new_runners(), "full-sweep", {"--no-evals"});
    INFO(current.err);
    REQUIRE(current.exit_code == 0);
    auto matrix = nlohmann::ordered_json::parse(current.out);
    CHECK(matrix.front().contains("pp"));
    CHECK(matrix.front()["max-model-len"] == 8192 + 1024 + 256);

    // 2026-03 (seq-len-configs, a flat runners file): no pp, a margin of 200, evals off by default.
    CommandResult old = run_matrix_on(old_master(), old_runners(), "full-sweep");
    INFO(old.err);
    REQUIRE(old.exit_code == 0);
    auto old_matrix = nlohmann::ordered_json::parse(old.out);
    CHECK_FALSE(old_matrix.front().contains("pp"));
    CHECK(old_matrix.front()["max-model-len"] ==
          old_matrix.front()["isl"].get<int>() + old_matrix.front()["osl"].get<int>() + 200);
}

TEST_CASE("inputs of two editions are one error naming a place of each", "[editions]") {
    CommandResult mixed = run_matrix_on(old_master(), new_runners(), "full-sweep");
    CHECK(mixed.exit_code == 1);
    CHECK(mixed.out.empty());
    CHECK_THAT(mixed.err, Catch::Contains(new_runners().string() +
                                          ":2:1: error: inputs of two editions in one run: 'labels:' here is 2026-08 "
                                          "and 'seq-len-configs' at " +
                                          old_master().string() + ":11:3 is 2026-03"));
    CHECK_THAT(mixed.err, Catch::Contains("--edition 2026-03|2026-08 [edition]"));
    CHECK_THAT(mixed.err, Catch::Contains("1 error generated."));

    // Two master configs of different editions, in one run.
    CommandResult masters =
        run_sweepc({"matrix", "full-sweep", "--config-files", new_master().string(), old_master().string(),
                    "--runner-config", new_runners().string()});
    CHECK(masters.exit_code == 1);
    CHECK_THAT(masters.err, Catch::Contains(old_master().string() + ":11:3: error: inputs of two editions in one "
                                                                    "run: 'seq-len-configs' here is 2026-03 and "
                                                                    "'scenarios' at " +
                                            new_master().string()));
}

TEST_CASE("the edition option overrides detection, and constructs of the other edition say whose they are", "[editions]") {
    CommandResult as_new = run_matrix_on(old_master(), old_runners(), "full-sweep", {"--edition", "2026-08"});
    CHECK(as_new.exit_code == 1);
    CHECK(as_new.out.empty());
    CHECK_THAT(as_new.err, Catch::Contains(old_master().string() + ":11:3: error: unknown field 'seq-len-configs' in "
                                                                   "config entry"));
    CHECK_THAT(as_new.err,
               Catch::Contains("'seq-len-configs' belongs to the 2026-03 edition, and this run reads 2026-08 "
                               "(--edition 2026-08); in 2026-08: scenarios: {fixed-seq-len: [{isl, osl, "
                               "search-space}]}"));
    // The missing `scenarios` is the same mistake and is not reported again.
    CHECK_THAT(as_new.err, !Catch::Contains("missing required field"));
    // The runners file is one error, not one per runner type.
    CHECK_THAT(as_new.err, Catch::Contains(old_runners().string() + ":1:1: error: this runners file is in the "
                                                                    "2026-03 layout"));
    CHECK_THAT(as_new.err, Catch::Contains("whose runners file has 'labels:' (runner label: [nodes]) and optional "
                                           "'hardware:' [edition]"));

    CommandResult as_old = run_matrix_on(new_master(), new_runners(), "full-sweep", {"--edition", "2026-03"});
    CHECK(as_old.exit_code == 1);
    CHECK_THAT(as_old.err, Catch::Contains("unknown field 'scenarios' in config entry"));
    CHECK_THAT(as_old.err, Catch::Contains("'scenarios' belongs to the 2026-08 edition, and this run reads 2026-03 "
                                           "(--edition 2026-03)"));
    CHECK_THAT(as_old.err, Catch::Contains("unknown field 'router' in config entry"));
    CHECK_THAT(as_old.err, Catch::Contains("'router' belongs to the 2026-08 edition"));

    // Forcing the edition the files are in changes nothing.
    CommandResult same = run_matrix_on(new_master(), new_runners(), "full-sweep", {"--edition", "2026-08"});
    CommandResult detected = run_matrix_on(new_master(), new_runners(), "full-sweep");
    CHECK(same.exit_code == 0);
    CHECK(same.out == detected.out);

    CommandResult unknown = run_matrix_on(new_master(), new_runners(), "full-sweep", {"--edition", "2026-05"});
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.err, Catch::Contains("--edition"));
}

TEST_CASE("options and sub-commands of the other edition say which edition has them", "[editions]") {
    auto usage = [](const std::string& mode, const std::vector<std::string>& args, bool new_inputs = true) {
        return new_inputs ? run_matrix_on(new_master(), new_runners(), mode, args)
                          : run_matrix_on(old_master(), old_runners(), mode, args);
    };
    CommandResult run_evals = usage("full-sweep", {"--run-evals"});
    CHECK(run_evals.exit_code == 2);
    CHECK(run_evals.out.empty());
    CHECK_THAT(run_evals.err,
               Catch::Contains("--run-evals: error: --run-evals of full-sweep: '--run-evals' belongs to the 2026-03 "
                               "edition, and this run reads 2026-08 (detected from 'scenarios' at "));
    CHECK_THAT(run_evals.err, Catch::Contains("in 2026-08: evals are on by default; --no-evals turns them off"));

    CommandResult removed = usage("runner-model-sweep", {"--runner-type", "h100"});
    CHECK(removed.exit_code == 2);
    CHECK_THAT(removed.err, Catch::Contains("'runner-model-sweep' was removed in the 2026-08 edition, and this run "
                                            "reads 2026-08"));
    CHECK_THAT(removed.err, Catch::Contains("it is a sub-command of the 2026-03 edition"));

    CommandResult long_output = usage("full-sweep", {"--seq-lens", "1k8k"});
    CHECK(long_output.exit_code == 2);
    CHECK_THAT(long_output.err, Catch::Contains("unknown sequence length '1k8k'; choose from 1k1k, 8k1k; '1k8k' "
                                                "belongs to the 2026-03 edition"));

    CommandResult no_evals = usage("full-sweep", {"--no-evals"}, false);
    CHECK(no_evals.exit_code == 2);
    CHECK_THAT(no_evals.err, Catch::Contains("'--no-evals' belongs to the 2026-08 edition, and this run reads "
                                             "2026-03"));
    CHECK_THAT(no_evals.err, Catch::Contains("in 2026-03: evals are off unless --run-evals or --evals-only asks"));

    CommandResult seq_lens = usage("test-config", {"--config-keys", "alpha*", "--seq-lens", "1k1k"}, false);
    CHECK(seq_lens.exit_code == 2);
    CHECK_THAT(seq_lens.err, Catch::Contains("--seq-lens of test-config: '--seq-lens' belongs to the 2026-08 "
                                             "edition"));
    CommandResult node_filter =
        usage("test-config", {"--config-keys", "alpha*", "--runner-node-filter", "amds"}, false);
    CHECK(node_filter.exit_code == 2);
    CHECK_THAT(node_filter.err, Catch::Contains("--runner-node-filter of test-config: '--runner-node-filter' belongs "
                                                "to the 2026-08 edition"));

    CommandResult scenario = usage("full-sweep", {"--scenario-type", "chat"});
    CHECK(scenario.exit_code == 2);
    CHECK_THAT(scenario.err, Catch::Contains("unknown scenario type 'chat'; choose from fixed-seq-len, "
                                             "agentic-coding"));

    // argparse's mutual exclusions.
    CHECK(usage("full-sweep", {"--no-evals", "--all-evals"}).exit_code == 2);
    CHECK(usage("full-sweep", {"--no-evals", "--evals-only"}).exit_code == 2);
    CHECK(usage("full-sweep", {"--run-evals", "--evals-only"}, false).exit_code == 2);
}

TEST_CASE("the runners file defaults to the edition's", "[editions]") {
    TempDir dir;
    // 2026-08 keeps it in configs/, 2026-03 in .github/configs/.
    std::filesystem::create_directories(dir / "configs");
    std::filesystem::create_directories(dir / ".github" / "configs");
    write_file(dir / "configs" / "runners.yaml", read_file(new_runners()));
    write_file(dir / "configs" / "master.yaml", read_file(new_master()));
    write_file(dir / ".github" / "configs" / "runners.yaml", read_file(old_runners()));
    write_file(dir / ".github" / "configs" / "master.yaml", read_file(old_master()));

    CommandResult current = run_sweepc({"matrix", "full-sweep", "--config-files", "configs/master.yaml"}, dir.path());
    INFO(current.err);
    CHECK(current.exit_code == 0);
    CommandResult old =
        run_sweepc({"matrix", "full-sweep", "--config-files", ".github/configs/master.yaml"}, dir.path());
    INFO(old.err);
    CHECK(old.exit_code == 0);

    // Without either default the error names the edition's.
    TempDir empty;
    write_file(empty / "master.yaml", read_file(new_master()));
    CommandResult missing = run_sweepc({"matrix", "full-sweep", "--config-files", "master.yaml"}, empty.path());
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.err, Catch::Contains("configs/runners.yaml"));
}
