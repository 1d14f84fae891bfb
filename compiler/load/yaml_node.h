#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "source/source_location.h"

namespace sweepc::yaml {

// Scalars are resolved the way PyYAML's safe loader (YAML 1.1) does, because the suite's Python
// generator read these files with it: `yes` is a bool, `010` is octal, `1_000` is an int.
enum class Kind { null, boolean, integer, floating, string, sequence, mapping };

const char* kind_name(Kind kind);

struct Node;

struct MappingEntry {
    const Node* key = nullptr;
    const Node* value = nullptr;
};

struct Node {
    Kind kind = Kind::null;
    // Where the node starts (and for scalars, ends) in its file.
    SourceLocation location;
    // Source text of a scalar after YAML unescaping (for keys and messages).
    std::string text;
    bool boolean = false;
    std::int64_t integer = 0;
    double floating = 0.0;
    std::vector<const Node*> items;       // sequence
    std::vector<MappingEntry> entries;    // mapping, in file order

    bool is_scalar() const { return kind != Kind::sequence && kind != Kind::mapping; }
    // The value of `key` in a mapping, or nullptr.
    const Node* find(std::string_view key) const;
};

// Owns every node of one file. Aliases point at the anchored node, so a node may be reachable
// from several parents; the loader bounds how large the expanded tree may get.
struct Document {
    std::string path;
    const Node* root = nullptr;
    std::deque<Node> nodes;

    Node& make(Kind kind) {
        nodes.emplace_back();
        nodes.back().kind = kind;
        return nodes.back();
    }
};

}  // namespace sweepc::yaml
