#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace sweepc {

// Serialises exactly as Python's json.dumps with default arguments: keys in insertion order,
// ", " and ": " separators, one line, non-ASCII as \uXXXX (surrogate pairs above U+FFFF).
// The suite's workflows consumed that text, so sweepc's matrix output is byte-identical to it.
void append_python_json(std::string& out, const nlohmann::ordered_json& value);
std::string python_json(const nlohmann::ordered_json& value);

}  // namespace sweepc
