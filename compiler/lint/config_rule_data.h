#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sweepc {

// What the config rules know about the world (configs/config-rules.yaml, compiled in): kept as
// data so a new GPU type or precision is a one-line edit, not a code change.
struct ConfigRuleData {
    std::vector<std::string> precisions;
    std::map<std::string, std::int64_t> gpus_per_node;  // by GPU type (b200, mi355x, ...)
    std::vector<std::string> floating_image_tags;

    bool is_known_precision(const std::string& precision) const;
    std::optional<std::int64_t> node_gpus(const std::string& gpu) const;
};

// The built-in data, parsed and schema-checked once. A broken built-in file is a build mistake,
// so it throws (caught in main as an internal error) rather than reporting a user diagnostic.
const ConfigRuleData& config_rule_data();

}  // namespace sweepc
