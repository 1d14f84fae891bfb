#include "edition/foreign_construct.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "schema/embedded_schemas.h"

namespace sweepc {
namespace {

void collect_property_names(const nlohmann::json& schema, std::set<std::string, std::less<>>& names) {
    if (schema.is_object()) {
        for (const auto& [key, value] : schema.items()) {
            if (key == "properties" && value.is_object()) {
                for (const auto& property : value.items()) names.insert(property.key());
            }
            collect_property_names(value, names);
        }
    } else if (schema.is_array()) {
        for (const auto& item : schema) collect_property_names(item, names);
    }
}

// Every property name a schema declares at any depth, computed once per schema.
const std::set<std::string, std::less<>>& property_names(std::string_view schema_name) {
    static std::map<std::string, std::set<std::string, std::less<>>, std::less<>> cache;
    auto found = cache.find(schema_name);
    if (found != cache.end()) return found->second;
    std::set<std::string, std::less<>> names;
    const auto& schemas = embedded_schemas();
    if (auto text = schemas.find(std::string(schema_name)); text != schemas.end()) {
        collect_property_names(nlohmann::json::parse(text->second), names);
    }
    return cache.emplace(std::string(schema_name), std::move(names)).first->second;
}

}  // namespace

const Edition* edition_with_field(const Edition& edition, EditionSchema schema, std::string_view field) {
    if (property_names(edition.*schema).count(field) != 0) return nullptr;
    for (const Edition* other : all_editions()) {
        if (other != &edition && property_names(other->*schema).count(field) != 0) return other;
    }
    return nullptr;
}

const Edition* edition_with_option(const Edition& edition, std::string_view mode, std::string_view option) {
    for (const Edition* other : all_editions()) {
        if (other == &edition) continue;
        const SweepModeSpec* spec = other->find_mode(mode);
        if (spec != nullptr && std::find(spec->options.begin(), spec->options.end(), option) != spec->options.end()) {
            return other;
        }
    }
    return nullptr;
}

const Edition* edition_with_mode(const Edition& edition, std::string_view mode) {
    for (const Edition* other : all_editions()) {
        if (other != &edition && other->find_mode(mode) != nullptr) return other;
    }
    return nullptr;
}

std::string foreign_construct_note(std::string_view construct, const Edition& owner, const Edition& edition,
                                   std::string_view reason) {
    std::string note = fmt::format("'{}' belongs to the {} edition, and this run reads {} ({})", construct, owner.name,
                                   edition.name, reason);
    if (std::optional<std::string_view> instead = edition.replacement_of(construct)) {
        note += fmt::format("; in {}: {}", edition.name, *instead);
    }
    return note;
}

}  // namespace sweepc
