#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace sweepc::test {

// Runs `sweepc matrix <mode> <args…>` on the resolution fixture and parses its output.
inline nlohmann::ordered_json resolve_fixture(const std::string& mode, std::vector<std::string> args) {
    const auto fixture = source_dir() / "tests" / "fixtures" / "core" / "resolution";
    std::vector<std::string> full{"matrix", mode, "--config-files", (fixture / "master.yaml").string(),
                                  "--runner-config", (fixture / "runners.yaml").string()};
    full.insert(full.end(), args.begin(), args.end());
    CommandResult result = run_sweepc(full);
    if (result.exit_code != 0) throw std::runtime_error("sweepc failed: " + result.err);
    return nlohmann::ordered_json::parse(result.out);
}

// The `conc` values of the entries that match `predicate`, in output order.
template <typename Predicate>
std::vector<std::int64_t> concurrencies(const nlohmann::ordered_json& matrix, Predicate predicate) {
    std::vector<std::int64_t> values;
    for (const auto& entry : matrix) {
        if (predicate(entry)) values.push_back(entry.at("conc").get<std::int64_t>());
    }
    return values;
}

}  // namespace sweepc::test
