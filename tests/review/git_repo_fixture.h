#pragma once
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "support/test_support.h"

namespace sweepc::test {

// A throw-away git repository holding a tiny suite: two single-node configs of one runner type at
// .github/configs/, and a perf-changelog.yaml. Commits are made with a local identity, so the
// tests never depend on the user's git configuration.
class GitRepoFixture {
public:
    GitRepoFixture() {
        git({"-c", "init.defaultBranch=main", "init", "-q"});
        git({"config", "user.name", "sweepc tests"});
        git({"config", "user.email", "tests@sweepc.invalid"});
        git({"config", "commit.gpgsign", "false"});
    }

    const std::filesystem::path& path() const { return dir_.path(); }

    void write(const std::string& relative, const std::string& text) { write_file(dir_ / relative, text); }
    std::string read(const std::string& relative) const { return read_file(dir_ / relative); }

    CommandResult git(const std::vector<std::string>& args) {
        std::vector<std::string> argv = {"git"};
        argv.insert(argv.end(), args.begin(), args.end());
        CommandResult result = run_program(argv, dir_.path());
        INFO("git " << args.front() << ": " << result.err);
        REQUIRE(result.exit_code == 0);
        return result;
    }

    // Commits everything in the folder and tags the commit.
    void commit(const std::string& tag) {
        git({"add", "-A"});
        git({"commit", "-q", "--allow-empty", "-m", tag});
        git({"tag", tag});
    }

    CommandResult sweepc(const std::vector<std::string>& args) { return run_sweepc(args, dir_.path()); }

private:
    TempDir dir_;
};

// One config entry of the tiny suite; `rows_1k8k` are the search-space rows of its 1k8k block.
inline std::string demo_config(const std::string& key, const std::string& image, const std::string& rows_1k8k) {
    return key + ":\n"
                 "  image: " + image + "\n"
                 "  model: org/Demo\n"
                 "  model-prefix: demo\n"
                 "  precision: fp8\n"
                 "  framework: vllm\n"
                 "  runner: h200\n"
                 "  multinode: false\n"
                 "  seq-len-configs:\n"
                 "  - isl: 1024\n"
                 "    osl: 1024\n"
                 "    search-space:\n"
                 "    - { tp: 8, conc-start: 4, conc-end: 16 }\n"
                 "  - isl: 1024\n"
                 "    osl: 8192\n"
                 "    search-space:\n" + rows_1k8k + "\n";
}

inline const char* const demo_rows = "    - { tp: 8, conc-start: 4, conc-end: 16 }\n"
                                     "    - { tp: 4, conc-start: 4, conc-end: 16 }";

inline std::string demo_master(const std::string& image = "vllm/vllm-openai:v0.16.0",
                               const std::string& rows_1k8k = demo_rows) {
    return demo_config("demo-fp8-h200-vllm", image, rows_1k8k) + "\n" +
           demo_config("demo-fp8-h200-sglang", "lmsysorg/sglang:v0.5.9", demo_rows);
}

inline const char* const demo_runners = "h200:\n- h200-nb_0\n- h200-nb_1\n";

inline std::string changelog_entry(const std::string& keys, const std::string& link, const std::string& extra = "") {
    return "- config-keys:\n" + keys + "  description:\n    - \"A change\"\n  pr-link: " + link + "\n" + extra;
}

// A repository whose commit `base` holds the tiny suite and a one-entry changelog.
inline void make_demo_suite(GitRepoFixture& repo) {
    repo.write(".github/configs/demo-master.yaml", demo_master());
    repo.write(".github/configs/runners.yaml", demo_runners);
    repo.write("perf-changelog.yaml",
               changelog_entry("    - demo-fp8-h200-sglang\n", "https://github.com/org/suite/pull/1") + "\n");
    repo.commit("base");
}

}  // namespace sweepc::test
