#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace sweepc {

// The keys a recipe fingerprint, --trim-conc's groups and an append-only curve leave out: what
// varies between the points of one recipe (2026-08's changelog processor).
bool is_point_level_key(const std::string& key);

// An entry without its point-level keys, as canonical text (sorted keys, compact, ASCII only):
// equal for two points of one recipe, whatever order their workers were written in.
std::string recipe_text(const nlohmann::ordered_json& entry);

// What the 2026-08 changelog processor writes as a throughput row's `recipe-fingerprint`: the
// sha256 (lower-case hex) of recipe_text of the generator's row. The suite compares it across
// runs to tell which results belong to one recipe.
std::string recipe_fingerprint(const nlohmann::ordered_json& entry);

}  // namespace sweepc
