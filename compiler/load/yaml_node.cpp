#include "load/yaml_node.h"

namespace sweepc::yaml {

const char* kind_name(Kind kind) {
    switch (kind) {
        case Kind::null: return "null";
        case Kind::boolean: return "boolean";
        case Kind::integer: return "integer";
        case Kind::floating: return "number";
        case Kind::string: return "string";
        case Kind::sequence: return "list";
        case Kind::mapping: return "mapping";
    }
    return "value";
}

const Node* Node::find(std::string_view key) const {
    for (const MappingEntry& entry : entries) {
        if (entry.key->text == key) return entry.value;
    }
    return nullptr;
}

}  // namespace sweepc::yaml
