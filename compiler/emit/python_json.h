#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace sweepc {

// Serialises exactly as Python's json.dumps with default arguments: keys in insertion order,
// ", " and ": " separators, one line, non-ASCII as \uXXXX (surrogate pairs above U+FFFF).
// The suite's workflows consumed that text, so sweepc's matrix output is byte-identical to it.
void append_python_json(std::string& out, const nlohmann::ordered_json& value);
std::string python_json(const nlohmann::ordered_json& value);

// json.dumps(value, sort_keys=True, separators=(",", ":")), ASCII only as by default: the
// canonical text the suite's changelog processor hashes into a recipe fingerprint. Keys are
// sorted by code point (UTF-8 byte order is the same order).
std::string python_json_sorted_compact(const nlohmann::ordered_json& value);

}  // namespace sweepc
