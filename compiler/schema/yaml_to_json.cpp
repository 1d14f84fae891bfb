#include "schema/yaml_to_json.h"

namespace sweepc {

nlohmann::json yaml_to_json(const yaml::Node& node) {
    switch (node.kind) {
        case yaml::Kind::null: return nullptr;
        case yaml::Kind::boolean: return node.boolean;
        case yaml::Kind::integer: return node.integer;
        case yaml::Kind::floating: return node.floating;
        case yaml::Kind::string: return node.text;
        case yaml::Kind::sequence: {
            nlohmann::json array = nlohmann::json::array();
            for (const yaml::Node* item : node.items) array.push_back(yaml_to_json(*item));
            return array;
        }
        case yaml::Kind::mapping: {
            nlohmann::json object = nlohmann::json::object();
            for (const yaml::MappingEntry& entry : node.entries) {
                if (entry.value != nullptr) object[entry.key->text] = yaml_to_json(*entry.value);
            }
            return object;
        }
    }
    return nullptr;
}

}  // namespace sweepc
