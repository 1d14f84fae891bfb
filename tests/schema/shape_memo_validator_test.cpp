#include <catch2/catch.hpp>

#include "schema/schema_validator.h"
#include "schema/shape_memo_validator.h"

namespace sweepc {
namespace {

nlohmann::ordered_json single_node_entry(std::int64_t conc, const std::string& image, const std::string& spec) {
    return nlohmann::ordered_json{
        {"image", image}, {"model", "m"}, {"model-prefix", "p"}, {"precision", "fp8"}, {"framework", "vllm"},
        {"runner", "h200"}, {"isl", 1024}, {"osl", 1024}, {"tp", 8}, {"ep", 1}, {"dp-attn", false},
        {"spec-decoding", spec}, {"conc", conc}, {"max-model-len", 2248}, {"exp-name", "p_1k1k"},
        {"disagg", false}, {"run-eval", false}};
}

TEST_CASE("matrix entries that differ only in values the schema never reads share one validation", "[schema]") {
    const SchemaValidator schema("2026-03/matrix-entry.schema.json");
    ShapeMemoValidator validator(schema);
    REQUIRE(validator.uses_shapes());
    for (std::int64_t conc : {4, 8, 16, 32, 64}) {
        CHECK(validator.validate(single_node_entry(conc, "img:1", "none")).empty());
        CHECK(validator.validate(single_node_entry(conc, "other-image:2", "none")).empty());
    }
    CHECK(validator.full_validations() == 1);
    // spec-decoding is an enum: a listed value makes its own shape.
    CHECK(validator.validate(single_node_entry(4, "img:1", "mtp")).empty());
    CHECK(validator.full_validations() == 2);
}

TEST_CASE("an invalid matrix entry is reported even after valid entries of a near shape", "[schema]") {
    const SchemaValidator schema("2026-03/matrix-entry.schema.json");
    ShapeMemoValidator validator(schema);
    REQUIRE(validator.validate(single_node_entry(4, "img", "none")).empty());
    // Not in the enum: a different shape from every listed value, so it is validated in full.
    CHECK_FALSE(validator.validate(single_node_entry(4, "img", "eagle")).empty());
    CHECK_FALSE(validator.validate(single_node_entry(8, "img", "eagle")).empty());
    // A wrong type is a different shape too.
    nlohmann::ordered_json wrong_type = single_node_entry(4, "img", "none");
    wrong_type["tp"] = "8";
    CHECK_FALSE(validator.validate(wrong_type).empty());
    nlohmann::ordered_json extra_key = single_node_entry(4, "img", "none");
    extra_key["surprise"] = 1;
    CHECK_FALSE(validator.validate(extra_key).empty());
}

TEST_CASE("a schema whose keywords read values has every value validated in full", "[schema]") {
    // master-config.schema.json bounds numbers (minimum), so shapes would not be safe there.
    const SchemaValidator schema("2026-03/master-config.schema.json");
    ShapeMemoValidator validator(schema);
    CHECK_FALSE(validator.uses_shapes());
    validator.validate(nlohmann::ordered_json::object());
    validator.validate(nlohmann::ordered_json::object());
    CHECK(validator.full_validations() == 2);
}

}  // namespace
}  // namespace sweepc
