#pragma once
// Helpers shared by the [emit] tests: running `sweepc emit` on fixtures, reading an output
// folder back, and running a generated script against a stub benchmark script.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace sweepc::test::emit {

inline std::filesystem::path fixture(const std::string& name) {
    return source_dir() / "tests" / "fixtures" / "emit" / name;
}

// `sweepc emit` on fixture files (names under tests/fixtures/emit/) into `out`.
inline CommandResult emit_fixture(const std::vector<std::string>& configs, const std::filesystem::path& out,
                                  const std::vector<std::string>& extra = {},
                                  const std::string& runners = "runners.yaml") {
    std::vector<std::string> args{"emit", "--config-files"};
    for (const std::string& config : configs) args.push_back(fixture(config).string());
    args.push_back("--runner-config");
    args.push_back(fixture(runners).string());
    args.push_back("--out");
    args.push_back(out.string());
    args.insert(args.end(), extra.begin(), extra.end());
    return run_sweepc(args);
}

// Every file under `folder`, by '/'-separated relative path.
inline std::map<std::string, std::string> read_tree(const std::filesystem::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& item : std::filesystem::recursive_directory_iterator(folder)) {
        if (item.is_regular_file()) files[item.path().lexically_relative(folder).generic_string()] = read_file(item);
    }
    return files;
}

inline std::vector<std::filesystem::path> run_scripts(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> scripts;
    for (const auto& item : std::filesystem::recursive_directory_iterator(folder / "runs")) {
        if (item.is_regular_file() && item.path().extension() == ".sh") scripts.push_back(item.path());
    }
    std::sort(scripts.begin(), scripts.end());
    return scripts;
}

// The text after "# <label>: " on the script's header line with that label.
inline std::string header_field(const std::string& script, const std::string& label) {
    const std::string marker = "\n# " + label + ": ";
    const auto at = script.find(marker);
    if (at == std::string::npos) return {};
    const auto start = at + marker.size();
    return script.substr(start, script.find('\n', start) - start);
}

inline nlohmann::ordered_json header_matrix_entry(const std::string& script) {
    return nlohmann::ordered_json::parse(header_field(script, "matrix entry"));
}

// The benchmark script path a run script names in its header ("<path> (gpu ...)").
inline std::string header_benchmark_script(const std::string& script) {
    const std::string field = header_field(script, "benchmark script");
    return field.substr(0, field.rfind(" (gpu "));
}

// Every variable a benchmark job may receive; the stub prints each as NAME=value, or NAME unset.
inline const std::vector<std::string>& job_variable_names() {
    static const std::vector<std::string> names{
        "EXP_NAME", "MODEL", "MODEL_PREFIX", "ISL", "OSL", "MAX_MODEL_LEN", "IMAGE", "FRAMEWORK", "PRECISION",
        "TP", "EP_SIZE", "DP_ATTENTION", "CONC", "SPEC_DECODING", "DISAGG", "RUN_EVAL", "RANDOM_RANGE_RATIO",
        "RUNNER_NAME", "RUNNER_TYPE", "RESULT_FILENAME", "PREFILL_NUM_WORKERS", "PREFILL_TP", "PREFILL_EP",
        "PREFILL_DP_ATTN", "PREFILL_ADDITIONAL_SETTINGS", "DECODE_NUM_WORKERS", "DECODE_TP", "DECODE_EP",
        "DECODE_DP_ATTN", "DECODE_ADDITIONAL_SETTINGS", "CONC_LIST"};
    return names;
}

// Writes a stub benchmark script at `suite_root/relative` that prints the job environment and
// the folder it runs in.
inline void write_stub_benchmark(const std::filesystem::path& suite_root, const std::string& relative) {
    std::string stub = "#!/usr/bin/env bash\n";
    for (const std::string& name : job_variable_names()) {
        stub += "if [[ -n \"${" + name + "+set}\" ]]; then printf '%s=%s\\n' " + name + " \"${" + name +
                "}\"; fi\n";
    }
    stub += "printf 'PWD=%s\\n' \"$PWD\"\n";
    const auto path = suite_root / relative;
    std::filesystem::create_directories(path.parent_path());
    write_file(path, stub);
}

// NAME=value lines (as printed by the stub) as a map.
inline std::map<std::string, std::string> parse_environment(const std::string& text) {
    std::map<std::string, std::string> variables;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        const auto equals = line.find('=');
        if (equals != std::string::npos) variables[line.substr(0, equals)] = line.substr(equals + 1);
        start = end + 1;
    }
    return variables;
}

// Names of files under `folder` starting with "pwned": what a hostile value would create.
inline std::vector<std::string> canary_files(const std::filesystem::path& folder) {
    std::vector<std::string> found;
    for (const auto& item : std::filesystem::recursive_directory_iterator(folder)) {
        if (item.path().filename().string().rfind("pwned", 0) == 0) found.push_back(item.path().string());
    }
    return found;
}

}  // namespace sweepc::test::emit
