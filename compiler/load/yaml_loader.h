#pragma once
#include <cstdint>
#include <optional>

#include "load/yaml_node.h"
#include "source/diagnostic.h"
#include "source/source_file.h"

namespace sweepc::yaml {

struct LoadOptions {
    // Bounds on what aliases add to a document once expanded, so an alias bomb ("billion laughs",
    // or one long scalar aliased many times) ends in an error instead of exhausting memory in the
    // later stages, which copy every expanded node (the JSON view for schema checking holds a copy
    // of each scalar's text). Nodes written out are bounded by the input size and do not count.
    // The suite's files add at most 78 nodes and 6 KB of text through aliases (its srt-slurm
    // recipes); at these bounds a sweep stays under 100 MiB and half a second (Release build).
    std::uint64_t max_alias_nodes = 1'000'000;
    std::uint64_t max_alias_bytes = 16 * 1024 * 1024;  // scalar text, keys included
    // Bound on nesting (collections inside collections), aliases expanded. Config files nest
    // about 8 levels; every later stage may then walk a Document without exhausting the stack.
    std::size_t max_depth = 256;
};

// Parses one YAML file into a Document with a source location on every node. Reports, under rule
// "yaml-syntax": syntax errors (naming look-alike Unicode punctuation when that is the cause),
// invalid UTF-8, non-printable characters, duplicate keys (with both places), non-scalar keys,
// unknown tags, integers beyond 64 bits, more than one document, alias expansion past the limit,
// and nesting deeper than the limit. Time and memory are linear in the size of the file.
// Returns nothing when the file cannot be turned into a tree; duplicate keys still yield a tree.
std::optional<Document> load_yaml(const SourceFile& file, Diagnostics& diagnostics, const LoadOptions& options = {});

}  // namespace sweepc::yaml
