#include "plan/config_filters.h"

#include <algorithm>

#include <fmt/format.h>

namespace sweepc {

bool list_contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

bool key_starts_with_any(const std::string& key, const std::vector<std::string>& prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](const std::string& prefix) { return key.rfind(prefix, 0) == 0; });
}

void report_unknown_runner_type(const Config& config, const std::string& runner_type, Diagnostics& diagnostics) {
    std::string known;
    for (const RunnerType& runner : config.runner_types) known += (known.empty() ? "" : ", ") + runner.name;
    diagnostics.error("usage", SourceLocation{"--runner-type", 0, 0, 0, 0},
                      fmt::format("unknown runner type '{}'; runner types in {}: {}", runner_type, config.runner_file,
                                  known));
}

}  // namespace sweepc
