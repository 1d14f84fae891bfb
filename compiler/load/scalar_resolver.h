#pragma once
#include <string>

#include "load/yaml_node.h"

namespace sweepc::yaml {

enum class ResolveResult { ok, integer_out_of_range };

// Gives a plain (unquoted) scalar its YAML 1.1 type as PyYAML's SafeLoader would: null, bool
// (yes/no/on/off/true/false), int (decimal, 0b, 0x, leading-0 octal, base 60, `_` separators),
// float (needs a dot: `1e5` stays a string), otherwise string.
ResolveResult resolve_plain_scalar(const std::string& text, Node& node);

}  // namespace sweepc::yaml
