// Hostile and broken inputs: each must end with a clear error (or, where the input is valid, the
// exact result), within a CPU-time and a memory limit, and never print a partial matrix or leave
// partial output behind. The limits (hardening/bounded_run.h) hold for the Debug+ASan test build.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "hardening/bounded_run.h"
#include "support/test_support.h"

using namespace sweepc::test;

namespace {

const char* const runners_yaml = "mi355x:\n- mi355x-amds_0\n";

std::string entry_with_rows(const std::string& rows) {
    return "kimik2.5-fp4-mi355x-vllm:\n"
           "  image: vllm/vllm-openai-rocm:v0.18.0\n"
           "  model: amd/Kimi-K2.5-MXFP4\n"
           "  model-prefix: kimik2.5\n"
           "  runner: mi355x\n"
           "  precision: fp4\n"
           "  framework: vllm\n"
           "  multinode: false\n"
           "  seq-len-configs:\n"
           "  - isl: 1024\n"
           "    osl: 1024\n"
           "    search-space:\n" +
           rows;
}

// `sweepc matrix full-sweep` on master.yaml (written from `master`) and a small runners file.
BoundedResult matrix_on(const TempDir& dir, const std::string& master, std::vector<std::string> extra = {}) {
    write_file(dir / "master.yaml", master);
    write_file(dir / "runners.yaml", runners_yaml);
    std::vector<std::string> args{"matrix", "full-sweep", "--config-files", "master.yaml", "--runner-config",
                                  "runners.yaml"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_sweepc_bounded(args, dir.path());
}

// The common ending of every refused input: a located error, nothing on stdout, within bounds.
void require_refused(const BoundedResult& result, const std::string& message) {
    INFO("stderr: " << result.err.substr(0, 2000));
    REQUIRE_FALSE(result.blocked);
    CHECK(result.exit_code >= 1);
    CHECK(result.exit_code <= 2);  // a clean exit status, not a signal
    CHECK(result.out.empty());
    CHECK_THAT(result.err, Catch::Contains(message));
}

}  // namespace

TEST_CASE("a billion-laughs alias bomb is refused before it expands", "[hardening]") {
    // Nine levels of ten aliases each: 10^9 nodes if expanded.
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; ++name) {
        bomb += std::string(1, name) + ": &" + name + " [";
        for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + previous;
        bomb += "]\n";
        previous = name;
    }
    TempDir dir;
    require_refused(matrix_on(dir, bomb), "alias bomb is refused");
}

TEST_CASE("one long scalar aliased many times is refused before it is copied", "[hardening]") {
    // 8 MiB of text, aliased 200 times: 1.6 GB once the aliases are expanded, in few nodes. The
    // aliases may add at most 16 MiB of text, so the third alias is refused.
    std::string text = "a: &long " + std::string(8 * 1024 * 1024, 'y') + "\nb: [";
    for (int i = 0; i < 200; ++i) text += i == 0 ? "*long" : ", *long";
    TempDir dir;
    require_refused(matrix_on(dir, text + "]\n"),
                    "master.yaml:2:19: error: aliases expand this document by more than 16777216 bytes of text; an "
                    "alias bomb is refused");
}

TEST_CASE("10,000-deep nesting is refused, in flow and block style", "[hardening]") {
    TempDir dir;
    require_refused(matrix_on(dir, std::string(10000, '[') + std::string(10000, ']') + "\n"),
                    "master.yaml:1:257: error: the YAML is nested deeper than 256 levels here");
    std::string block;
    for (int depth = 0; depth < 10000; ++depth) block += std::string(static_cast<std::size_t>(depth), ' ') + "a:\n";
    require_refused(matrix_on(dir, block), "master.yaml:257:");
}

TEST_CASE("invalid UTF-8 is a located error", "[hardening]") {
    TempDir dir;
    std::string master = entry_with_rows("    - { tp: 8, conc-start: 4, conc-end: 64 }\n");
    master.replace(master.find("Kimi"), 1, "\xC3\x28");  // a lead byte without its continuation
    BoundedResult result = matrix_on(dir, master);
    require_refused(result, "is not valid UTF-8");
    CHECK_THAT(result.err, Catch::Contains("master.yaml:3:"));
}

TEST_CASE("a 2 GB input is refused by the input size limit without being read", "[hardening]") {
    TempDir dir;
    write_file(dir / "runners.yaml", runners_yaml);
    {
        // Sparse: the size is what matters, and the test must not need 2 GB of disk.
        std::ofstream big(dir / "big.yaml", std::ios::binary);
        big.seekp(2000L * 1000L * 1000L - 1L);
        big.put('\n');
    }
    // Not read: reading it would take 2 GB of memory, four times what this run may use.
    BoundedResult result = run_sweepc_limited(
        {"matrix", "full-sweep", "--config-files", "big.yaml", "--runner-config", "runners.yaml"}, dir.path(),
        RunLimits{60, 512L * 1024L});
    require_refused(result, "over the input limit of 67108864 bytes; raise it with --max-input-size");

    // The option moves the limit both ways.
    write_file(dir / "master.yaml", entry_with_rows("    - { tp: 8, conc-start: 4, conc-end: 64 }\n"));
    require_refused(run_sweepc_bounded({"matrix", "full-sweep", "--config-files", "master.yaml", "--runner-config",
                                        "runners.yaml", "--max-input-size", "100"},
                                       dir.path()),
                    "over the input limit of 100 bytes");
}

TEST_CASE("conc-end near 2^63 with a step that would overflow gives the exact range", "[hardening]") {
    // Not an error: the suite's generator computes with unbounded integers, so the exact answer
    // exists; the range must stop at conc-end instead of wrapping around (or looping forever).
    TempDir dir;
    for (const char* step : {"2", "3", "1000000000", "9223372036854775807"}) {
        BoundedResult result = matrix_on(dir, entry_with_rows("    - { tp: 8, conc-start: 3, conc-end: 9223372036854775807 }\n"),
                                         {"--step-size", step});
        INFO("step " << step << ": " << result.err);
        REQUIRE(result.exit_code == 0);
        auto matrix = nlohmann::json::parse(result.out);
        REQUIRE(matrix.size() >= 2);
        CHECK(matrix.front()["conc"].get<std::int64_t>() == 3);
        CHECK(matrix.back()["conc"].get<std::int64_t>() == INT64_MAX);
        for (std::size_t i = 1; i < matrix.size(); ++i) {
            CHECK(matrix[i]["conc"].get<std::int64_t>() > matrix[i - 1]["conc"].get<std::int64_t>());
        }
    }
    // Past 64 bits, in the file or on the command line, it is an error.
    require_refused(matrix_on(dir, entry_with_rows("    - { tp: 8, conc-start: 3, conc-end: 9223372036854775808 }\n")),
                    "does not fit in 64 bits");
    require_refused(matrix_on(dir, entry_with_rows("    - { tp: 8, conc-start: 3, conc-end: 64 }\n"),
                              {"--step-size", "9223372036854775808"}),
                    "--step-size: '9223372036854775808' is too large; the most this option takes is "
                    "9223372036854775807");
    require_refused(matrix_on(dir, entry_with_rows("    - { tp: 8, conc-start: 3, conc-end: 64 }\n"),
                              {"--max-conc", "18446744073709551617"}),
                    "--max-conc: '18446744073709551617' is too large");
    require_refused(matrix_on(dir, entry_with_rows("    - { tp: 8, conc-start: 3, conc-end: 64 }\n"),
                              {"--step-size", "1"}),
                    "--step-size must be at least 2");
}

TEST_CASE("tp: 0 and negative parallelism or concurrency are schema errors", "[hardening]") {
    TempDir dir;
    require_refused(matrix_on(dir, entry_with_rows("    - { tp: 0, conc-start: 4, conc-end: 64 }\n")), "'tp'");
    require_refused(matrix_on(dir, entry_with_rows("    - { tp: -8, conc-start: 4, conc-end: 64 }\n")), "'tp'");
    require_refused(matrix_on(dir, entry_with_rows("    - { tp: 8, ep: -1, conc-start: 4, conc-end: 64 }\n")), "'ep'");
    require_refused(matrix_on(dir, entry_with_rows("    - { tp: 8, conc-start: -4, conc-end: 64 }\n")),
                    "'conc-start'");
    require_refused(matrix_on(dir, entry_with_rows("    - { tp: 8, conc-list: [4, 0, -2] }\n")), "conc-list");
}

TEST_CASE("a 100,000-entry conc-list is expanded within the CPU and memory limits", "[hardening]") {
    // A valid config: every concurrency becomes a run, as the suite's generator would print. It is
    // exactly the default run budget (--max-runs 100000), which a sweep may reach.
    std::string list;
    for (int conc = 1; conc <= 100000; ++conc) list += (conc == 1 ? "" : ", ") + std::to_string(conc);
    TempDir dir;
    BoundedResult result = matrix_on(dir, entry_with_rows("    - { tp: 8, conc-list: [" + list + "] }\n"));
    INFO(result.err.substr(0, 2000));
    REQUIRE_FALSE(result.blocked);
    REQUIRE(result.exit_code == 0);
    auto matrix = nlohmann::json::parse(result.out);
    REQUIRE(matrix.size() == 100000);
    CHECK(matrix.back()["conc"] == 100000);

    // An invalid entry deep in the list still yields an error and no partial matrix.
    list += ", 0";
    require_refused(matrix_on(dir, entry_with_rows("    - { tp: 8, conc-list: [" + list + "] }\n")), "conc-list");
}

TEST_CASE("a directory, a missing file or a FIFO without a writer as input is an error, not a hang",
          "[hardening]") {
    TempDir dir;
    write_file(dir / "runners.yaml", runners_yaml);
    std::filesystem::create_directory(dir / "configs.yaml");
    require_refused(run_sweepc_bounded({"matrix", "full-sweep", "--config-files", "configs.yaml", "--runner-config",
                                        "runners.yaml"},
                                       dir.path()),
                    "is a directory");
    require_refused(run_sweepc_bounded({"matrix", "full-sweep", "--config-files", "missing.yaml", "--runner-config",
                                        "runners.yaml"},
                                       dir.path()),
                    "cannot open file");
    // Tests run as root, where chmod 000 does not stop reads; a FIFO nobody writes to is the
    // unreadable input that matters in practice: opening it must not block forever.
    REQUIRE(::mkfifo((dir / "fifo.yaml").c_str(), 0600) == 0);
    BoundedResult fifo = run_sweepc_bounded(
        {"matrix", "full-sweep", "--config-files", "fifo.yaml", "--runner-config", "runners.yaml"}, dir.path());
    INFO(fifo.err);
    REQUIRE_FALSE(fifo.blocked);
    CHECK(fifo.exit_code >= 1);
    CHECK(fifo.out.empty());
    // lint prints its findings on stdout (its report is the output), so only the error is checked.
    BoundedResult lint = run_sweepc_bounded({"lint", "configs.yaml"}, dir.path());
    REQUIRE_FALSE(lint.blocked);
    CHECK(lint.exit_code >= 1);
    CHECK(lint.exit_code <= 2);
    CHECK_THAT(lint.out + lint.err, Catch::Contains("is a directory"));
}

TEST_CASE("an unwritable output folder ends in an error and leaves nothing behind", "[hardening]") {
    // Root can write anywhere chmod would forbid, so the output goes under a regular file.
    TempDir dir;
    write_file(dir / "master.yaml", entry_with_rows("    - { tp: 8, conc-start: 4, conc-end: 64 }\n"));
    write_file(dir / "runners.yaml", runners_yaml);
    write_file(dir / "not-a-folder", "x");
    BoundedResult result = run_sweepc_bounded({"emit", "--config-files", "master.yaml", "--runner-config",
                                               "runners.yaml", "--out", "not-a-folder/generated"},
                                              dir.path());
    INFO(result.err);
    REQUIRE_FALSE(result.blocked);
    CHECK(result.exit_code == 2);
    CHECK_FALSE(result.err.empty());
    CHECK(read_file(dir / "not-a-folder") == "x");
    // No stray temporary folder next to the target.
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++entries;
    CHECK(entries == 3);
}
