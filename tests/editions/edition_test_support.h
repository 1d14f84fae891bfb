#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace sweepc::test {

// tests/fixtures/editions/2026-08: one config of every 2026-08 entry kind and a runners file with
// labels and hardware. tests/fixtures/core/resolution is written in the 2026-03 edition.
inline std::filesystem::path edition_2026_08_fixture() {
    return source_dir() / "tests" / "fixtures" / "editions" / "2026-08";
}
inline std::filesystem::path edition_2026_03_fixture() { return source_dir() / "tests" / "fixtures" / "core" / "resolution"; }

// `sweepc matrix <mode> --config-files <master> --runner-config <runners> <args…>`.
inline CommandResult run_matrix_on(const std::filesystem::path& master, const std::filesystem::path& runners,
                                   const std::string& mode, const std::vector<std::string>& args = {}) {
    std::vector<std::string> full{"matrix", mode, "--config-files", master.string(), "--runner-config",
                                  runners.string()};
    full.insert(full.end(), args.begin(), args.end());
    return run_sweepc(full);
}

// The 2026-08 fixture's matrix for `mode` and `args`; fails the test when sweepc does.
inline nlohmann::ordered_json matrix_2026_08(const std::string& mode, const std::vector<std::string>& args = {}) {
    const auto fixture = edition_2026_08_fixture();
    CommandResult result = run_matrix_on(fixture / "master.yaml", fixture / "runners.yaml", mode, args);
    if (result.exit_code != 0) throw std::runtime_error("sweepc failed: " + result.err);
    return nlohmann::ordered_json::parse(result.out);
}

// The keys of a matrix entry, in order.
inline std::vector<std::string> keys_of(const nlohmann::ordered_json& entry) {
    std::vector<std::string> keys;
    for (const auto& item : entry.items()) keys.push_back(item.key());
    return keys;
}

}  // namespace sweepc::test
