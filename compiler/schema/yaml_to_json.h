#pragma once
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "load/yaml_node.h"

namespace sweepc {

// The JSON data model of a YAML tree, keys as their text. `Json` is nlohmann::json for schema
// validation, or nlohmann::ordered_json where the file's key order must survive (matrix output).
// A key written twice keeps its first place and its last value, as PyYAML does. Built with an
// explicit work list rather than recursion, so no input can exhaust the stack; linear in the tree.
template <typename Json>
Json yaml_to_json(const yaml::Node& root) {
    using Object = typename Json::object_t;
    using Array = typename Json::array_t;
    Json result;
    // Each task fills one slot; slots are never moved once a task points at them (arrays are sized
    // and objects reserved before their slots are handed out).
    std::vector<std::pair<const yaml::Node*, Json*>> tasks{{&root, &result}};
    while (!tasks.empty()) {
        auto [node, slot] = tasks.back();
        tasks.pop_back();
        switch (node->kind) {
            case yaml::Kind::null: *slot = nullptr; break;
            case yaml::Kind::boolean: *slot = node->boolean; break;
            case yaml::Kind::integer: *slot = node->integer; break;
            case yaml::Kind::floating: *slot = node->floating; break;
            case yaml::Kind::string: *slot = node->text; break;
            case yaml::Kind::sequence: {
                *slot = Json::array();
                Array& items = slot->template get_ref<Array&>();
                items.resize(node->items.size());
                for (std::size_t i = node->items.size(); i-- > 0;) tasks.emplace_back(node->items[i], &items[i]);
                break;
            }
            case yaml::Kind::mapping: {
                *slot = Json::object();
                Object& object = slot->template get_ref<Object&>();
                if constexpr (requires { object.reserve(std::size_t{}); }) object.reserve(node->entries.size());
                std::vector<std::pair<const yaml::Node*, Json*>> children;
                children.reserve(node->entries.size());
                bool repeated_key = false;
                if constexpr (!std::is_same_v<Json, nlohmann::ordered_json>) {
                    for (const yaml::MappingEntry& entry : node->entries) {
                        if (entry.value == nullptr) continue;
                        auto [at, inserted] = object.emplace(entry.key->text, nullptr);
                        repeated_key = repeated_key || !inserted;
                        children.emplace_back(entry.value, &at->second);
                    }
                } else {
                    // An ordered object looks keys up one by one (its emplace is linear), so
                    // repeated keys are found through a hash index instead; slots stay put since
                    // the object was reserved for every entry.
                    std::unordered_map<std::string_view, std::size_t> index;
                    index.reserve(node->entries.size());
                    for (const yaml::MappingEntry& entry : node->entries) {
                        if (entry.value == nullptr) continue;
                        auto [at, inserted] = index.emplace(entry.key->text, object.size());
                        typename Object::Container& slots = object;
                        if (inserted) slots.emplace_back(entry.key->text, nullptr);
                        repeated_key = repeated_key || !inserted;
                        children.emplace_back(entry.value, &slots[at->second].second);
                    }
                }
                // Of a repeated key only the last value is built: two tasks filling one slot would
                // leave the first one's pending children pointing into a replaced value.
                std::unordered_set<const Json*> filled;
                for (std::size_t i = children.size(); i-- > 0;) {
                    if (repeated_key && !filled.insert(children[i].second).second) continue;
                    tasks.push_back(children[i]);
                }
                break;
            }
        }
    }
    return result;
}

}  // namespace sweepc
