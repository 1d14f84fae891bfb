#include "model/config.h"

namespace sweepc {

SourceLocation MasterEntry::field_location(std::string_view field) const {
    if (node != nullptr) {
        if (const yaml::Node* value = node->find(field)) return value->location;
    }
    return location;
}

const MasterEntry* Config::find_entry(std::string_view key) const {
    for (const MasterEntry& entry : entries) {
        if (entry.key == key) return &entry;
    }
    return nullptr;
}

const RunnerType* Config::find_runner(std::string_view name) const {
    for (const RunnerType& runner : runner_types) {
        if (runner.name == name) return &runner;
    }
    return nullptr;
}

const RunnerHardware* Config::find_hardware(std::string_view label) const {
    for (const RunnerHardware& entry : hardware) {
        if (entry.label == label) return &entry;
    }
    return nullptr;
}

}  // namespace sweepc
