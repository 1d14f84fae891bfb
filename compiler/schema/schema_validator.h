#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "load/yaml_node.h"
#include "source/diagnostic.h"

namespace sweepc {

// One schema of schemas/ (compiled in), bound to valijson.
class SchemaValidator {
public:
    // `schema_file` is a path under schemas/, e.g. "2026-08/master-config.schema.json".
    explicit SchemaValidator(const std::string& schema_file);
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator&) = delete;
    SchemaValidator& operator=(const SchemaValidator&) = delete;

    // Says more about an unknown field (e.g. that another edition has it); appended to the
    // message after "; ", nothing when it returns an empty string.
    using UnknownFieldNote = std::function<std::string(std::string_view field)>;

    // Validates a YAML document and reports every violation, under rule "schema", at the YAML
    // line:column of the offending node, naming the field and what was expected. True when valid.
    bool validate(const yaml::Document& document, Diagnostics& diagnostics,
                  const UnknownFieldNote& unknown_field_note = {}) const;

    // Validates a JSON value built in memory (a matrix entry); returns one line per violation.
    std::vector<std::string> validate(const nlohmann::json& value) const;

    // The schema as written (keys in file order), for callers that describe fields.
    const nlohmann::ordered_json& schema_json() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace sweepc
