#pragma once
#include <nlohmann/json.hpp>

#include "load/yaml_node.h"

namespace sweepc {

// The JSON data model of a YAML tree, keys as their text. `Json` is nlohmann::json for schema
// validation, or nlohmann::ordered_json where the file's key order must survive (matrix output).
template <typename Json>
Json yaml_to_json(const yaml::Node& node) {
    switch (node.kind) {
        case yaml::Kind::null: return nullptr;
        case yaml::Kind::boolean: return node.boolean;
        case yaml::Kind::integer: return node.integer;
        case yaml::Kind::floating: return node.floating;
        case yaml::Kind::string: return node.text;
        case yaml::Kind::sequence: {
            Json array = Json::array();
            for (const yaml::Node* item : node.items) array.push_back(yaml_to_json<Json>(*item));
            return array;
        }
        case yaml::Kind::mapping: {
            Json object = Json::object();
            for (const yaml::MappingEntry& entry : node.entries) {
                if (entry.value != nullptr) object[entry.key->text] = yaml_to_json<Json>(*entry.value);
            }
            return object;
        }
    }
    return nullptr;
}

}  // namespace sweepc
