#include "schema/shape_memo_validator.h"

namespace sweepc {

using ordered_json = nlohmann::ordered_json;

// Walks every keyword of the schema, subschemas included. Property names under "properties" or
// "definitions" are walked as if they were keywords too, which can only turn shapes off, never
// make them unsafe.
void ShapeMemoValidator::scan(const ordered_json& schema) {
    if (schema.is_array()) {
        for (const auto& item : schema) scan(item);
        return;
    }
    if (!schema.is_object()) return;
    for (const auto& [keyword, value] : schema.items()) {
        if (keyword == "pattern" || keyword == "format" || keyword == "contentEncoding" ||
            keyword == "contentMediaType" || keyword == "minimum" || keyword == "maximum" ||
            keyword == "exclusiveMinimum" || keyword == "exclusiveMaximum" || keyword == "multipleOf" ||
            keyword == "uniqueItems") {
            uses_shapes_ = false;
        } else if (keyword == "minLength" || keyword == "maxLength") {
            string_lengths_matter_ = true;
        } else if (keyword == "const" || keyword == "enum") {
            const ordered_json listed = keyword == "const" ? ordered_json::array({value}) : value;
            for (const auto& constant : listed) {
                if (constant.is_string()) listed_strings_.insert(constant.get<std::string>());
                else if (constant.is_number()) listed_numbers_.insert(constant.get<double>());
                else if (constant.is_structured()) uses_shapes_ = false;
            }
            continue;  // the listed values are data, not subschemas
        }
        scan(value);
    }
}

// Strings are length-prefixed, so no text inside them can fake structure.
void ShapeMemoValidator::append_shape(std::string& key, const ordered_json& value) const {
    switch (value.type()) {
        case ordered_json::value_t::null: key += 'n'; break;
        case ordered_json::value_t::boolean: key += value.get<bool>() ? 'T' : 'F'; break;
        case ordered_json::value_t::number_integer:
        case ordered_json::value_t::number_unsigned:
        case ordered_json::value_t::number_float: {
            key += value.is_number_integer() ? (value.is_number_unsigned() ? 'u' : 'i') : 'f';
            if (listed_numbers_.count(value.get<double>()) != 0) key += value.dump();
            break;
        }
        case ordered_json::value_t::string: {
            const auto& text = value.get_ref<const std::string&>();
            key += 's';
            if (string_lengths_matter_) key += std::to_string(text.size());
            if (listed_strings_.count(text) != 0) {
                key += '=' + std::to_string(text.size()) + ':';
                key += text;
            }
            key += ';';
            break;
        }
        case ordered_json::value_t::array:
            key += '[';
            for (const auto& item : value) append_shape(key, item);
            key += ']';
            break;
        case ordered_json::value_t::object:
            key += '{';
            for (const auto& [name, item] : value.items()) {
                key += std::to_string(name.size()) + ':';
                key += name;
                append_shape(key, item);
            }
            key += '}';
            break;
        default: key += '?' + value.dump(); break;  // binary and discarded values: kept whole
    }
}

ShapeMemoValidator::ShapeMemoValidator(const SchemaValidator& schema) : schema_(schema) {
    scan(schema.schema_json());
}

std::vector<std::string> ShapeMemoValidator::validate(const ordered_json& value) {
    std::string shape;
    if (uses_shapes_) {
        append_shape(shape, value);
        if (valid_shapes_.count(shape) != 0) return {};
    }
    ++full_validations_;
    std::vector<std::string> problems = schema_.validate(nlohmann::json(value));
    // Only valid shapes are remembered: an invalid value is reported with its own details.
    if (problems.empty() && uses_shapes_) valid_shapes_.insert(std::move(shape));
    return problems;
}

}  // namespace sweepc
