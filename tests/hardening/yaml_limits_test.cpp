// YAML nesting at and past the limit (written out and through aliases), the iterative JSON view of
// a tree at the limit, and duplicate keys in a mapping far larger than any real config. Run under
// ASan in the test build, so a walk that recursed too deep would fail here.
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "load/yaml_loader.h"
#include "schema/yaml_to_json.h"
#include "source/source_file.h"

namespace {

struct Loaded {
    std::optional<sweepc::yaml::Document> document;
    sweepc::Diagnostics diagnostics;
};

Loaded load(const std::string& text) {
    Loaded loaded;
    sweepc::SourceFile file("deep.yaml", text);
    loaded.document = sweepc::yaml::load_yaml(file, loaded.diagnostics);
    return loaded;
}

constexpr std::size_t limit = sweepc::yaml::LoadOptions{}.max_depth;

std::string flow_lists(std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']') + "\n"; }

std::string block_mappings(std::size_t depth) {
    std::string text;
    for (std::size_t level = 0; level < depth; ++level) text += std::string(level, ' ') + "a:\n";
    return text;
}

std::size_t json_depth(const nlohmann::json& root) {
    std::size_t depth = 0;
    const nlohmann::json* at = &root;
    while (at->is_array() && !at->empty()) {
        ++depth;
        at = &at->front();
    }
    return at->is_array() ? depth + 1 : depth;
}

}  // namespace

TEST_CASE("YAML nested exactly to the limit loads; one level more is a located error", "[hardening]") {
    Loaded at_limit = load(flow_lists(limit));
    INFO(at_limit.diagnostics.all().size());
    REQUIRE(at_limit.document);
    CHECK(at_limit.diagnostics.empty());
    // The JSON view of the deepest tree the loader allows is built without recursion.
    CHECK(json_depth(sweepc::yaml_to_json<nlohmann::json>(*at_limit.document->root)) == limit);

    Loaded past = load(flow_lists(limit + 1));
    REQUIRE_FALSE(past.document);
    REQUIRE(past.diagnostics.all().size() == 1);
    const sweepc::Diagnostic& error = past.diagnostics.all()[0];
    CHECK(error.message == "the YAML is nested deeper than 256 levels here; config files need only a few");
    CHECK(error.location.line == 1);
    CHECK(error.location.column == static_cast<int>(limit) + 1);

    REQUIRE(load(block_mappings(limit)).document);
    Loaded block = load(block_mappings(limit + 1));
    REQUIRE_FALSE(block.document);
    CHECK(block.diagnostics.all()[0].location.line == static_cast<int>(limit) + 1);
}

TEST_CASE("aliases cannot nest a tree deeper than the limit", "[hardening]") {
    // Each anchor is 100 levels deep and holds the previous one: three levels of aliases give 300.
    auto nested = [](const std::string& inner) { return std::string(99, '[') + inner + std::string(99, ']'); };
    const std::string text = "a: &a " + nested("[x]") + "\n" + "b: &b " + nested("[*a]") + "\n" + "c: " +
                             nested("[*b]") + "\n";
    Loaded loaded = load(text);
    REQUIRE_FALSE(loaded.document);
    REQUIRE(loaded.diagnostics.all().size() == 1);
    CHECK(loaded.diagnostics.all()[0].message ==
          "this alias makes the YAML nest deeper than 256 levels; config files need only a few");
    CHECK(loaded.diagnostics.all()[0].location.line == 3);

    // Two levels (201 deep) are fine.
    Loaded two = load("a: &a " + nested("[x]") + "\n" + "b: " + nested("[*a]") + "\n");
    CHECK(two.document);
}

TEST_CASE("a duplicate key among 100,000 keys is found with both places, and only real ones are", "[hardening]") {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += "k" + std::to_string(i) + ": " + std::to_string(i) + "\n";
    text += "k99999: again\n\"1\": string\n1: integer\nk5: twice\n";
    Loaded loaded = load(text);
    REQUIRE(loaded.document);
    REQUIRE(loaded.diagnostics.all().size() == 2);
    CHECK(loaded.diagnostics.all()[0].message ==
          "duplicate key 'k99999' in this mapping; it is first defined at deep.yaml:100000:1. A YAML loader keeps "
          "only one of them silently: remove or rename one");
    CHECK(loaded.diagnostics.all()[0].location.line == 100001);
    CHECK(loaded.diagnostics.all()[1].location.line == 100004);
    CHECK(loaded.diagnostics.all()[1].message.find("'k5'") != std::string::npos);
    CHECK(loaded.diagnostics.all()[1].message.find("deep.yaml:6:1") != std::string::npos);
    // A key written twice keeps its first place and its last value, as PyYAML does.
    const auto json = sweepc::yaml_to_json<nlohmann::ordered_json>(*loaded.document->root);
    CHECK(json.size() == 100001);
    CHECK(json["k5"] == "twice");
    CHECK(json.begin().key() == "k0");
}
