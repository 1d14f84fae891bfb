#include "review/changelog_layout.h"

#include <map>
#include <memory>
#include <stdexcept>

#include <fmt/format.h>

#include "schema/embedded_schemas.h"

namespace sweepc {
namespace {

using ordered_json = nlohmann::ordered_json;

// Follows local `$ref`s ("#/definitions/worker") to the schema they name.
const ordered_json& resolve(const ordered_json& schema, const ordered_json& node) {
    const ordered_json* at = &node;
    for (int depth = 0; depth < 16; ++depth) {
        auto ref = at->find("$ref");
        if (ref == at->end() || !ref->is_string() || !ref->get<std::string>().starts_with("#")) return *at;
        at = &schema.at(ordered_json::json_pointer(ref->get<std::string>().substr(1)));
    }
    throw std::logic_error("a $ref cycle in a changelog schema");
}

// "#/definitions/single-node-fixed-entry" -> "single-node-fixed-entry".
std::string definition_named(const ordered_json& node) {
    static const std::string prefix = "#/definitions/";
    auto ref = node.find("$ref");
    if (ref == node.end() || !ref->is_string() || !ref->get<std::string>().starts_with(prefix)) return {};
    return ref->get<std::string>().substr(prefix.size());
}

ordered_json lay_out(const ordered_json& value, const ordered_json& model, const ordered_json& schema,
                     const std::string& what);

ordered_json lay_out_value(const ordered_json& value, const ordered_json& property, const ordered_json& schema,
                           const std::string& what) {
    if (value.is_object() && property.contains("properties")) return lay_out(value, property, schema, what);
    if (value.is_array() && property.contains("items")) {
        const ordered_json& items = resolve(schema, property.at("items"));
        if (!items.contains("properties")) return value;
        ordered_json out = ordered_json::array();
        for (const ordered_json& item : value) out.push_back(lay_out_value(item, items, schema, what));
        return out;
    }
    return value;
}

// pydantic's model_dump(exclude_none=True) of `value` validated as `model`: the model's fields in
// order, each given value (nested models laid out likewise), else its default; nulls left out.
ordered_json lay_out(const ordered_json& value, const ordered_json& model, const ordered_json& schema,
                     const std::string& what) {
    const ordered_json& properties = model.at("properties");
    for (const auto& item : value.items()) {
        if (!properties.contains(item.key())) {
            throw std::logic_error(fmt::format("{} has a field '{}' its changelog model lacks", what, item.key()));
        }
    }
    ordered_json out = ordered_json::object();
    for (const auto& [name, property] : properties.items()) {
        const ordered_json& resolved = resolve(schema, property);
        auto given = value.find(name);
        if (given != value.end() && !given->is_null()) {
            out[name] = lay_out_value(*given, resolved, schema, what + "." + name);
        } else if (given == value.end() && property.contains("default")) {
            out[name] = property.at("default");
        } else if (given == value.end() && resolved.contains("default")) {
            out[name] = resolved.at("default");
        }
    }
    return out;
}

ordered_json parse_schema(std::string_view name) {
    return ordered_json::parse(embedded_schemas().at(std::string(name)));
}

const std::string* find_bucket(const std::vector<std::pair<std::string, std::string>>& buckets,
                               std::string_view definition) {
    for (const auto& [defined, bucket] : buckets) {
        if (defined == definition) return &bucket;
    }
    return nullptr;
}

}  // namespace

ChangelogLayout::ChangelogLayout(const Edition& edition)
    : edition_(edition),
      matrix_schema_(parse_schema(edition.changelog.matrix_schema)),
      entry_schema_(parse_schema(edition.changelog.entry_schema)) {
    for (const auto& [name, property] : matrix_schema_.at("properties").items()) {
        const ordered_json& resolved = resolve(matrix_schema_, property);
        if (auto map = resolved.find("additionalProperties"); map != resolved.end() && map->is_object()) {
            // A bucket map: sequence length (or the agentic bucket) -> rows of the kinds it lists.
            const ordered_json& items = map->at("items");
            for (const ordered_json& kind : items.value("anyOf", ordered_json::array({items}))) {
                throughput_buckets_.emplace_back(definition_named(kind), name);
            }
            buckets_.emplace_back(name, Bucket::throughput_map);
        } else if (resolved.value("type", "") == "array") {
            eval_buckets_.emplace_back(definition_named(resolved.at("items")), name);
            buckets_.emplace_back(name, Bucket::eval_list);
        } else if (resolved.contains("properties") && resolved.at("properties").contains("entries")) {
            buckets_.emplace_back(name, Bucket::metadata);
        } else {
            throw std::logic_error(fmt::format("{}: top-level property '{}' is neither a bucket nor the metadata",
                                               edition.changelog.matrix_schema, name));
        }
    }
}

const ChangelogLayout& ChangelogLayout::of(const Edition& edition) {
    static std::map<const Edition*, std::unique_ptr<ChangelogLayout>> layouts;
    auto found = layouts.find(&edition);
    if (found == layouts.end()) {
        found = layouts.emplace(&edition, std::unique_ptr<ChangelogLayout>(new ChangelogLayout(edition))).first;
    }
    return *found->second;
}

const std::string& ChangelogLayout::throughput_bucket(EntryKind kind) const {
    const std::optional<std::string_view> definition = edition_.entry_definition(kind);
    const std::string* bucket = definition ? find_bucket(throughput_buckets_, *definition) : nullptr;
    if (bucket == nullptr) {
        throw std::logic_error(fmt::format("{} has no bucket for rows of {}", edition_.changelog.matrix_schema,
                                           definition.value_or("an entry kind the edition lacks")));
    }
    return *bucket;
}

std::optional<std::string> ChangelogLayout::eval_bucket(EntryKind kind) const {
    const std::optional<std::string_view> definition = edition_.entry_definition(kind);
    const std::string* bucket = definition ? find_bucket(eval_buckets_, *definition) : nullptr;
    if (bucket == nullptr) return std::nullopt;
    return *bucket;
}

nlohmann::ordered_json ChangelogLayout::row(EntryKind kind, const nlohmann::ordered_json& generator_row) const {
    const std::string definition(edition_.entry_definition(kind).value_or(""));
    const ordered_json& model = matrix_schema_.at("definitions").at(definition);
    return lay_out(generator_row, model, matrix_schema_, definition);
}

bool ChangelogLayout::entry_has_field(std::string_view field) const {
    return resolve(entry_schema_, entry_schema_.at("items")).at("properties").contains(field);
}

nlohmann::ordered_json ChangelogLayout::metadata_entry(const nlohmann::ordered_json& written) const {
    const ordered_json& model = resolve(entry_schema_, entry_schema_.at("items"));
    return lay_out(written, model, entry_schema_, "changelog entry");
}

}  // namespace sweepc
