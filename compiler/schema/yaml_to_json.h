#pragma once
#include <nlohmann/json.hpp>

#include "load/yaml_node.h"

namespace sweepc {

// The JSON data model of a YAML tree (keys as their text), for schema validation.
nlohmann::json yaml_to_json(const yaml::Node& node);

}  // namespace sweepc
