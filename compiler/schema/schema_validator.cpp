#include "schema/schema_validator.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include <fmt/format.h>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include "load/lookalike.h"
#include "schema/embedded_schemas.h"
#include "schema/yaml_to_json.h"
#include "source/did_you_mean.h"
#include "source/escape.h"

namespace sweepc {
namespace {

using ordered_json = nlohmann::ordered_json;

std::unique_ptr<valijson::Schema> compile(const nlohmann::json& schema_document) {
    auto schema = std::make_unique<valijson::Schema>();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    valijson::adapters::NlohmannJsonAdapter adapter(schema_document);
    parser.populateSchema(adapter, *schema);
    return schema;
}

bool is_valid(const valijson::Schema& schema, const nlohmann::json& value, valijson::ValidationResults* results) {
    valijson::Validator validator;
    valijson::adapters::NlohmannJsonAdapter adapter(value);
    return validator.validate(schema, adapter, results);
}

// valijson reports a failure at every enclosing level; these wrap a more precise child error.
bool is_wrapper_error(const std::string& description) {
    static const char* const wrappers[] = {
        "Failed to validate item #",
        "Failed to validate against schema associated with property name",
        "Failed to validate against a conditional schema",
        "Failed to validate against additional properties schema",
        "Failed to validate against child schema",
        "Failed to validate against any schemas allowed by anyOf",
        "Failed to validate against exactly one child schema",
    };
    for (const char* wrapper : wrappers) {
        if (description.rfind(wrapper, 0) == 0) return true;
    }
    return false;
}

std::string describe_value(const yaml::Node& node) {
    switch (node.kind) {
        case yaml::Kind::null: return "nothing (null)";
        case yaml::Kind::sequence: return "a list";
        case yaml::Kind::mapping: return "a mapping";
        case yaml::Kind::string: return fmt::format("string {}", quoted_value(node.text));
        default: return fmt::format("{} {}", yaml::kind_name(node.kind), visible_text(node.text));
    }
}

std::string with_article(const std::string& type) {
    if (type == "integer" || type == "array" || type == "object") return "an " + type;
    return "a " + type;
}

std::string expected_type(const ordered_json& schema) {
    auto type = schema.find("type");
    if (type == schema.end()) return "a different value";
    auto name = [](const std::string& t) {
        if (t == "boolean") return std::string("boolean (true or false)");
        if (t == "array") return std::string("list");
        if (t == "object") return std::string("mapping");
        return t;
    };
    if (type->is_string()) return with_article(name(type->get<std::string>()));
    std::string joined;
    for (const auto& t : *type) joined += (joined.empty() ? "" : " or ") + with_article(name(t.get<std::string>()));
    return joined;
}

std::string lookalike_note(std::string_view text) {
    std::vector<Lookalike> found = find_lookalikes(text);
    if (found.empty()) return {};
    const Lookalike& first = found.front();
    if (first.resembles.empty()) return fmt::format("; it contains an invisible {} {}", first.code_point, first.name);
    return fmt::format("; it contains {} {} '{}', which looks like '{}' but is not YAML punctuation: type an ASCII "
                       "'{}'", first.code_point, first.name, first.character, first.resembles, first.resembles);
}

// Finds the value of a key in a mapping for error paths. A file can have errors in many of its
// thousands of top-level entries, so large mappings are indexed once (the last value of a repeated
// key, as in the JSON that was validated) instead of being searched per error.
class KeyLookup {
public:
    const yaml::MappingEntry* find(const yaml::Node& mapping, std::string_view key) {
        if (mapping.entries.size() <= 8) {
            const yaml::MappingEntry* found = nullptr;
            for (const auto& entry : mapping.entries) {
                if (entry.key->text == key && entry.value != nullptr) found = &entry;
            }
            return found;
        }
        auto [index, created] = indexes_.try_emplace(&mapping);
        if (created) {
            for (const auto& entry : mapping.entries) {
                if (entry.value != nullptr) index->second[entry.key->text] = &entry;
            }
        }
        auto found = index->second.find(key);
        return found == index->second.end() ? nullptr : found->second;
    }

private:
    std::unordered_map<const yaml::Node*, std::unordered_map<std::string_view, const yaml::MappingEntry*>> indexes_;
};

// One step of the path from the document root to the node an error is about.
struct PathStep {
    std::string name;                   // property name or "[index]"
    bool is_index = false;
    const yaml::Node* key = nullptr;    // the key node, for properties
    const yaml::Node* node = nullptr;   // the value
    const nlohmann::json* json = nullptr;
    const ordered_json* schema = nullptr;  // resolved schema for the value, may be null
    std::string title;                  // title of the nearest enclosing titled schema
};

}  // namespace

struct SchemaValidator::Impl {
    std::string file_name;
    ordered_json ordered;            // for messages: keeps property order
    nlohmann::json plain;            // for valijson
    std::unique_ptr<valijson::Schema> compiled;
    mutable std::map<const ordered_json*, std::unique_ptr<valijson::Schema>> compiled_conditions;

    const ordered_json* follow_refs(const ordered_json* schema) const {
        for (int guard = 0; schema != nullptr && guard < 32; ++guard) {
            auto ref = schema->find("$ref");
            if (ref == schema->end() || !ref->is_string()) return schema;
            std::string pointer = ref->get<std::string>();
            if (pointer.rfind("#", 0) != 0) return schema;
            schema = &ordered.at(ordered_json::json_pointer(pointer.substr(1)));
        }
        return schema;
    }

    // Follows $ref and picks the if/then/else branch that applies to `value`.
    const ordered_json* resolve(const ordered_json* schema, const nlohmann::json& value) const {
        for (int guard = 0; schema != nullptr && guard < 32; ++guard) {
            schema = follow_refs(schema);
            auto condition = schema->find("if");
            if (condition == schema->end()) return schema;
            auto& cached = compiled_conditions[&*condition];
            if (!cached) cached = compile(nlohmann::json::parse(condition->dump()));
            const char* branch = is_valid(*cached, value, nullptr) ? "then" : "else";
            auto next = schema->find(branch);
            if (next == schema->end()) return schema;
            schema = &*next;
        }
        return schema;
    }

    const ordered_json* child_schema(const ordered_json* parent, const std::string& name, bool is_index) const {
        if (parent == nullptr) return nullptr;
        if (is_index) {
            auto items = parent->find("items");
            return items != parent->end() && items->is_object() ? &*items : nullptr;
        }
        auto properties = parent->find("properties");
        if (properties != parent->end()) {
            auto property = properties->find(name);
            if (property != properties->end()) return &*property;
        }
        auto additional = parent->find("additionalProperties");
        return additional != parent->end() && additional->is_object() ? &*additional : nullptr;
    }

    std::vector<PathStep> walk(const yaml::Document& document, const nlohmann::json& json,
                               const std::vector<std::string>& context, KeyLookup& keys) const {
        std::vector<PathStep> steps;
        PathStep root;
        root.node = document.root;
        root.json = &json;
        root.schema = resolve(&ordered, json);
        root.title = root.schema->value("title", std::string("document"));
        steps.push_back(root);
        for (std::size_t i = 1; i < context.size(); ++i) {
            const PathStep& parent = steps.back();
            std::string element = context[i];
            if (element.size() >= 2 && element.front() == '[' && element.back() == ']') {
                element = element.substr(1, element.size() - 2);
            }
            PathStep step;
            step.title = parent.title;
            if (parent.node->kind == yaml::Kind::sequence) {
                std::size_t index = std::stoul(element);
                if (index >= parent.node->items.size()) break;
                step.name = element;
                step.is_index = true;
                step.node = parent.node->items[index];
                step.json = &(*parent.json)[index];
            } else if (parent.node->kind == yaml::Kind::mapping) {
                const yaml::MappingEntry* found = keys.find(*parent.node, element);
                if (found == nullptr) break;
                step.name = element;
                step.key = found->key;
                step.node = found->value;
                step.json = &(*parent.json)[element];
            } else {
                break;
            }
            const ordered_json* raw = child_schema(parent.schema, step.name, step.is_index);
            step.schema = raw == nullptr ? nullptr : resolve(raw, *step.json);
            if (step.schema != nullptr && step.schema->contains("title")) {
                step.title = step.schema->at("title").get<std::string>();
            }
            steps.push_back(step);
        }
        return steps;
    }
};

SchemaValidator::SchemaValidator(const std::string& schema_file) : impl_(std::make_unique<Impl>()) {
    const auto& schemas = embedded_schemas();
    auto it = schemas.find(schema_file);
    if (it == schemas.end()) throw std::logic_error("no schema named " + schema_file + " is compiled in");
    impl_->file_name = schema_file;
    impl_->ordered = ordered_json::parse(it->second);
    impl_->plain = nlohmann::json::parse(it->second);
    impl_->compiled = compile(impl_->plain);
}

SchemaValidator::~SchemaValidator() = default;

const nlohmann::ordered_json& SchemaValidator::schema_json() const { return impl_->ordered; }

std::vector<std::string> SchemaValidator::validate(const nlohmann::json& value) const {
    std::vector<std::string> problems;
    // Without a results sink valijson stops at the first failure and keeps no error context; the
    // matrix command validates thousands of entries that are almost always valid, so the detailed
    // pass runs only for an entry that fails.
    if (is_valid(*impl_->compiled, value, nullptr)) return problems;
    valijson::ValidationResults results;
    is_valid(*impl_->compiled, value, &results);
    for (const auto& error : results) {
        if (is_wrapper_error(error.description)) continue;
        std::string path;
        for (std::size_t i = 1; i < error.context.size(); ++i) path += error.context[i];
        problems.push_back(fmt::format("{}: {}", path.empty() ? "<entry>" : path, error.description));
    }
    return problems;
}

bool SchemaValidator::validate(const yaml::Document& document, Diagnostics& diagnostics,
                               const UnknownFieldNote& unknown_field_note) const {
    const nlohmann::json json = yaml_to_json<nlohmann::json>(*document.root);
    // Fast pass first (see validate(json) above); the detailed one only for a document with errors.
    if (is_valid(*impl_->compiled, json, nullptr)) return true;
    valijson::ValidationResults results;
    is_valid(*impl_->compiled, json, &results);

    std::set<std::tuple<int, int, std::string>> reported;
    auto report = [&](const SourceLocation& where, const std::string& message) {
        if (reported.insert({where.line, where.column, message}).second) {
            diagnostics.error("schema", where, message);
        }
    };

    // Missing fields of one mapping are reported together, in one message.
    struct MissingFields {
        std::string owner;
        SourceLocation where;
        std::string suffix;
        std::vector<std::string> fields;
        const ordered_json* schema = nullptr;
        int order = 0;
    };
    std::map<const yaml::Node*, MissingFields> missing_by_object;
    // Mappings with an unknown field that a note explained (another edition's field): the fields
    // they miss are that same problem, so they are not reported again.
    std::set<const yaml::Node*> explained;
    int order = 0;
    KeyLookup keys;

    for (const auto& error : results) {
        if (is_wrapper_error(error.description)) continue;
        std::vector<PathStep> steps = impl_->walk(document, json, error.context, keys);
        const PathStep& at = steps.back();
        const std::string& description = error.description;
        std::string path;
        for (std::size_t i = 1; i < steps.size(); ++i) {
            path += steps[i].is_index ? "[" + steps[i].name + "]" : (i == 1 ? "" : ".") + shortened_text(steps[i].name);
        }
        const std::string where_suffix = steps.size() <= 2 ? std::string() : fmt::format(" (at {})", path);
        const std::string parent_title = steps.size() >= 2 ? steps[steps.size() - 2].title : at.title;
        const std::string field = at.is_index ? fmt::format("item {} of {}", at.name,
                                                            quoted_value(steps.size() >= 2 ? steps[steps.size() - 2].name
                                                                                           : std::string()))
                                              : quoted_value(at.name);
        const std::string subject =
            steps.size() == 1 ? std::string("the file") : at.is_index ? field : fmt::format("field {} in {}", field, parent_title);

        if (description.rfind("Object contains a property that could not be validated", 0) == 0 &&
            at.schema != nullptr && at.node->kind == yaml::Kind::mapping) {
            std::vector<std::string> allowed;
            if (auto properties = at.schema->find("properties"); properties != at.schema->end()) {
                for (const auto& item : properties->items()) allowed.push_back(item.key());
            }
            std::string allowed_list;
            for (const auto& name : allowed) allowed_list += (allowed_list.empty() ? "" : ", ") + name;
            for (const auto& entry : at.node->entries) {
                if (std::find(allowed.begin(), allowed.end(), entry.key->text) != allowed.end()) continue;
                std::string message = fmt::format("unknown field {} in {}", quoted_value(entry.key->text), at.title);
                if (auto suggestion = closest_match(entry.key->text, allowed)) {
                    message += fmt::format(" (did you mean '{}'?)", *suggestion);
                }
                message += "; allowed: " + allowed_list + lookalike_note(entry.key->text);
                // A schema can say where a field that is not allowed here belongs instead
                // ("x-misplaced-fields": {field: advice}); the fields the mapping then lacks are
                // the same mistake, so they are not listed again.
                if (auto misplaced = at.schema->find("x-misplaced-fields"); misplaced != at.schema->end()) {
                    if (auto advice = misplaced->find(entry.key->text); advice != misplaced->end()) {
                        message += "; " + advice->get<std::string>();
                        explained.insert(at.node);
                    }
                }
                if (unknown_field_note) {
                    if (std::string note = unknown_field_note(entry.key->text); !note.empty()) {
                        message += "; " + note;
                        explained.insert(at.node);
                    }
                }
                report(entry.key->location, message);
            }
            continue;
        }
        if (description.rfind("Missing required property '", 0) == 0) {
            std::string property = description.substr(27, description.find('\'', 27) - 27);
            MissingFields& missing = missing_by_object[at.node];
            if (missing.fields.empty()) {
                missing.owner = steps.size() == 2 ? fmt::format("{} {}", at.title, quoted_value(at.name)) : at.title;
                missing.where = at.key != nullptr ? at.key->location : at.node->location;
                missing.suffix = where_suffix;
                missing.order = order++;
                missing.schema = at.schema;
            }
            if (std::find(missing.fields.begin(), missing.fields.end(), property) == missing.fields.end()) {
                missing.fields.push_back(property);
            }
            continue;
        }
        if (description == "Value type not permitted by 'type' constraint." && at.schema != nullptr) {
            report(at.node->location, fmt::format("{} must be {}, got {}{}{}", subject, expected_type(*at.schema),
                                                  describe_value(*at.node), lookalike_note(at.node->text),
                                                  where_suffix));
            continue;
        }
        if (description == "Failed to match against any enum values." && at.schema != nullptr) {
            std::string choices;
            for (const auto& choice : at.schema->at("enum")) {
                choices += (choices.empty() ? "" : ", ") + choice.dump();
            }
            report(at.node->location, fmt::format("{} must be one of {}; got {}{}", subject, choices,
                                                  describe_value(*at.node), where_suffix));
            continue;
        }
        if (description.rfind("Expected number greater than or equal to", 0) == 0 && at.schema != nullptr) {
            report(at.node->location, fmt::format("{} must be at least {}, got {}{}", subject,
                                                  at.schema->at("minimum").dump(), visible_text(at.node->text),
                                                  where_suffix));
            continue;
        }
        if (description.rfind("Expected number less than or equal to", 0) == 0 && at.schema != nullptr) {
            report(at.node->location, fmt::format("{} must be at most {}, got {}{}", subject,
                                                  at.schema->at("maximum").dump(), visible_text(at.node->text),
                                                  where_suffix));
            continue;
        }
        if (description.rfind("Expected number greater than ", 0) == 0 && at.schema != nullptr &&
            at.schema->contains("exclusiveMinimum")) {
            report(at.node->location, fmt::format("{} must be above {}, got {}{}", subject,
                                                  at.schema->at("exclusiveMinimum").dump(), at.node->text,
                                                  where_suffix));
            continue;
        }
        if (description.rfind("Expected number less than or equal to", 0) == 0 && at.schema != nullptr &&
            at.schema->contains("maximum")) {
            report(at.node->location, fmt::format("{} must be at most {}, got {}{}", subject,
                                                  at.schema->at("maximum").dump(), at.node->text, where_suffix));
            continue;
        }
        if (description.rfind("Array should contain no fewer than", 0) == 0 ||
            description.rfind("String should be no fewer than", 0) == 0) {
            report(at.node->location, fmt::format("{} must not be empty{}", subject, where_suffix));
            continue;
        }
        if (description == "Failed to match expected value set by 'const' constraint." && at.schema != nullptr) {
            report(at.node->location, fmt::format("{} must be {}, got {}{}", subject, at.schema->at("const").dump(),
                                                  describe_value(*at.node), where_suffix));
            continue;
        }
        report(at.node->location, fmt::format("{}: {}{}", subject, description, where_suffix));
    }
    std::vector<const MissingFields*> missing_in_order;
    for (const auto& [node, missing] : missing_by_object) {
        if (!explained.count(node)) missing_in_order.push_back(&missing);
    }
    std::sort(missing_in_order.begin(), missing_in_order.end(),
              [](const MissingFields* a, const MissingFields* b) { return a->order < b->order; });
    for (const MissingFields* missing : missing_in_order) {
        std::string fields;
        // Name the fields in the schema's order, which is the order a config is written in.
        std::vector<std::string> sorted = missing->fields;
        if (missing->schema != nullptr && missing->schema->contains("required")) {
            const auto& required = missing->schema->at("required");
            auto rank = [&](const std::string& field) {
                auto it = std::find(required.begin(), required.end(), field);
                return std::distance(required.begin(), it);
            };
            std::stable_sort(sorted.begin(), sorted.end(),
                             [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
        }
        for (const std::string& field : sorted) fields += (fields.empty() ? "'" : ", '") + field + "'";
        report(missing->where, fmt::format("{} is missing required field{} {}{}", missing->owner,
                                           missing->fields.size() == 1 ? "" : "s", fields, missing->suffix));
    }
    return false;
}

}  // namespace sweepc
