#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "schema/schema_validator.h"

namespace sweepc {

// Validates many generated values (matrix entries) against one schema, validating each distinct
// *shape* once. valijson costs more per matrix entry than reading the configs does, and entries
// differ mostly in values no keyword of the schema looks at (the concurrency, the image name).
//
// The shape of a value keeps its structure, its keys, its booleans and the kind of each number,
// and of each string or number only what the schema can see: whether it equals a constant listed
// in some `const` or `enum` (a value listed nowhere fails every such check alike), and a string's
// length when `minLength`/`maxLength` appear. Two values of one shape get the same verdict. A
// schema with a keyword that reads values any other way (pattern, format, numeric bounds,
// multipleOf, uniqueItems, a structured const or enum) has every value validated in full.
class ShapeMemoValidator {
public:
    explicit ShapeMemoValidator(const SchemaValidator& schema);

    // One line per violation, as SchemaValidator::validate.
    std::vector<std::string> validate(const nlohmann::ordered_json& value);

    // Whether shapes are used for this schema (false: every value is validated in full).
    bool uses_shapes() const { return uses_shapes_; }
    // How many values were validated in full (for tests).
    std::size_t full_validations() const { return full_validations_; }

private:
    void scan(const nlohmann::ordered_json& schema);
    void append_shape(std::string& key, const nlohmann::ordered_json& value) const;

    const SchemaValidator& schema_;
    bool uses_shapes_ = true;
    bool string_lengths_matter_ = false;
    std::set<std::string> listed_strings_;
    std::set<double> listed_numbers_;
    std::unordered_set<std::string> valid_shapes_;
    std::size_t full_validations_ = 0;
};

}  // namespace sweepc
