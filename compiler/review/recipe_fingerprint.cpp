#include "review/recipe_fingerprint.h"

#include "emit/python_json.h"
#include "source/sha256.h"

namespace sweepc {

bool is_point_level_key(const std::string& key) {
    return key == "conc" || key == "exp-name" || key == "recipe-fingerprint";
}

std::string recipe_text(const nlohmann::ordered_json& entry) {
    nlohmann::ordered_json recipe = nlohmann::ordered_json::object();
    for (const auto& item : entry.items()) {
        if (!is_point_level_key(item.key())) recipe[item.key()] = item.value();
    }
    return python_json_sorted_compact(recipe);
}

std::string recipe_fingerprint(const nlohmann::ordered_json& entry) { return sha256_hex(recipe_text(entry)); }

}  // namespace sweepc
