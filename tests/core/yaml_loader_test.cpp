#include <catch2/catch.hpp>

#include "load/yaml_loader.h"

using namespace sweepc;

namespace {

struct Loaded {
    std::optional<yaml::Document> document;
    Diagnostics diagnostics;
};

Loaded load(const std::string& text, yaml::LoadOptions options = {}) {
    static std::deque<SourceFile> files;  // documents keep pointers into nothing of the file, but keep it simple
    files.emplace_back("test.yaml", text);
    Loaded loaded;
    loaded.document = yaml::load_yaml(files.back(), loaded.diagnostics, options);
    return loaded;
}

const yaml::Node& value_of(const Loaded& loaded, const std::string& key) {
    const yaml::Node* node = loaded.document->root->find(key);
    REQUIRE(node != nullptr);
    return *node;
}

}  // namespace

TEST_CASE("plain scalars resolve as PyYAML's safe loader does", "[yaml]") {
    Loaded loaded = load("a: 8\nb: '8'\nc: yes\nd: Off\ne: ~\nf: 0x10\ng: 010\nh: 1_000\ni: 1.5\nj: 1e5\n"
                         "k: 1:30\nl: -7\nm: 08\nn:\n");
    REQUIRE(loaded.document);
    CHECK(loaded.diagnostics.empty());
    CHECK(value_of(loaded, "a").kind == yaml::Kind::integer);
    CHECK(value_of(loaded, "a").integer == 8);
    CHECK(value_of(loaded, "b").kind == yaml::Kind::string);
    CHECK(value_of(loaded, "c").kind == yaml::Kind::boolean);
    CHECK(value_of(loaded, "c").boolean);
    CHECK_FALSE(value_of(loaded, "d").boolean);
    CHECK(value_of(loaded, "e").kind == yaml::Kind::null);
    CHECK(value_of(loaded, "f").integer == 16);
    CHECK(value_of(loaded, "g").integer == 8);
    CHECK(value_of(loaded, "h").integer == 1000);
    CHECK(value_of(loaded, "i").kind == yaml::Kind::floating);
    CHECK(value_of(loaded, "j").kind == yaml::Kind::string);  // YAML 1.1 floats need a dot
    CHECK(value_of(loaded, "k").integer == 90);
    CHECK(value_of(loaded, "l").integer == -7);
    CHECK(value_of(loaded, "m").kind == yaml::Kind::string);
    CHECK(value_of(loaded, "n").kind == yaml::Kind::null);
}

TEST_CASE("every node keeps its line and column", "[yaml]") {
    Loaded loaded = load("top:\n  list:\n  - { tp: 8, ep: 4 }\n");
    REQUIRE(loaded.document);
    const yaml::Node& row = *value_of(loaded, "top").find("list")->items.at(0);
    CHECK(row.location.line == 3);
    CHECK(row.location.column == 5);
    const yaml::Node* ep = row.find("ep");
    REQUIRE(ep != nullptr);
    CHECK(ep->location.line == 3);
    CHECK(ep->location.column == 18);
}

TEST_CASE("duplicate keys are errors naming both places", "[yaml]") {
    Loaded loaded = load("a:\n  tp: 1\n  tp: 2\n");
    REQUIRE(loaded.diagnostics.error_count() == 1);
    const Diagnostic& d = loaded.diagnostics.all()[0];
    CHECK(d.location.line == 3);
    CHECK(d.location.column == 3);
    CHECK_THAT(d.message, Catch::Contains("duplicate key 'tp'") && Catch::Contains("test.yaml:2:3"));
}

TEST_CASE("syntax errors caused by look-alike punctuation name the character", "[yaml]") {
    Loaded comma = load("a: { tp: 4\xef\xbc\x8c ep: 4 }\n");
    REQUIRE_FALSE(comma.document);
    REQUIRE(comma.diagnostics.error_count() == 1);
    CHECK(comma.diagnostics.all()[0].location.line == 1);
    CHECK_THAT(comma.diagnostics.all()[0].message, Catch::Contains("U+FF0C FULLWIDTH COMMA"));

    Loaded colon = load("a:\n  tp\xef\xbc\x9a 4\n  ep: [1\n");
    REQUIRE_FALSE(colon.document);
    CHECK_THAT(colon.diagnostics.all()[0].message, Catch::Contains("FULLWIDTH COLON"));
}

TEST_CASE("invalid UTF-8 and control characters are located errors", "[yaml]") {
    Loaded bad = load("a: 1\nb: \xff\xfe\n");
    REQUIRE_FALSE(bad.document);
    CHECK(bad.diagnostics.all()[0].location.line == 2);
    CHECK(bad.diagnostics.all()[0].location.column == 4);
    CHECK_THAT(bad.diagnostics.all()[0].message, Catch::Contains("not valid UTF-8"));

    Loaded bell = load("a: \x07\n");
    REQUIRE_FALSE(bell.document);
    CHECK_THAT(bell.diagnostics.all()[0].message, Catch::Contains("control character 0x07"));
}

TEST_CASE("alias bombs stop at the expansion limit", "[yaml]") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    char previous = 'a';
    for (char name = 'b'; name <= 'j'; ++name) {
        bomb += std::string(1, name) + ": &" + name + " [";
        for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + previous;
        bomb += "]\n";
        previous = name;
    }
    Loaded loaded = load(bomb);
    REQUIRE_FALSE(loaded.document);
    CHECK_THAT(loaded.diagnostics.all()[0].message,
               Catch::Contains("aliases expand this document by more than 1000000 nodes"));
}

namespace {

// `name: [*row, *row, ...]` after `row: &row [...]`: the aliases add `copies` times the row.
std::string aliased_rows(const std::string& row, int copies) {
    std::string text = "row: &row " + row + "\ncopies: [";
    for (int i = 0; i < copies; ++i) text += i == 0 ? "*row" : ", *row";
    return text + "]\n";
}

}  // namespace

TEST_CASE("the alias budget counts the nodes aliases add, up to its limit and not past it", "[yaml]") {
    yaml::LoadOptions options;
    options.max_alias_nodes = 100;
    const std::string row = "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]";  // 11 nodes: the list and its items
    CHECK(load(aliased_rows(row, 9), options).document);          // 99 nodes added
    Loaded past = load(aliased_rows(row, 10), options);           // 110
    REQUIRE_FALSE(past.document);
    REQUIRE(past.diagnostics.error_count() == 1);
    CHECK(past.diagnostics.all()[0].message ==
          "aliases expand this document by more than 100 nodes; an alias bomb is refused (config files need few "
          "aliases, if any)");
    CHECK(past.diagnostics.all()[0].location.line == 2);
    CHECK(past.diagnostics.all()[0].location.column == 64);  // the tenth alias

    // Nodes written out are bounded by the file's size and do not count: 1,000 of them load.
    std::string plain = "items: [0";
    for (int i = 1; i < 1000; ++i) plain += ", " + std::to_string(i);
    CHECK(load(plain + "]\n", options).document);
}

TEST_CASE("one long scalar aliased many times is refused by the text the aliases add", "[yaml]") {
    // Few nodes, much text: every expanded copy of a scalar is a copy of its text downstream.
    yaml::LoadOptions options;
    options.max_alias_bytes = 1000;
    const std::string hundred_bytes(100, 'x');
    CHECK(load(aliased_rows(hundred_bytes, 10), options).document);  // 1,000 bytes added
    Loaded past = load(aliased_rows(hundred_bytes, 11), options);
    REQUIRE_FALSE(past.document);
    CHECK_THAT(past.diagnostics.all()[0].message,
               Catch::Contains("aliases expand this document by more than 1000 bytes of text; an alias bomb is "
                               "refused"));
    // Keys count as text too.
    CHECK_FALSE(load(aliased_rows("{" + hundred_bytes + ": 1}", 11), options).document);
}

TEST_CASE("deep nesting, several documents and huge integers are refused", "[yaml]") {
    Loaded deep = load(std::string(10000, '[') + std::string(10000, ']') + "\n");
    REQUIRE_FALSE(deep.document);
    CHECK_THAT(deep.diagnostics.all()[0].message, Catch::Contains("nested deeper than 256 levels here"));
    CHECK(deep.diagnostics.all()[0].location.line == 1);
    CHECK(deep.diagnostics.all()[0].location.column == 257);

    Loaded two = load("a: 1\n---\nb: 2\n");
    REQUIRE_FALSE(two.document);
    CHECK(two.diagnostics.all()[0].location.line == 2);

    Loaded huge = load("a: 99999999999999999999\n");
    REQUIRE(huge.diagnostics.error_count() == 1);
    CHECK_THAT(huge.diagnostics.all()[0].message, Catch::Contains("does not fit in 64 bits"));
}

TEST_CASE("merge keys apply with the written keys winning", "[yaml]") {
    Loaded loaded = load("base: &base { tp: 8, ep: 1 }\nrow:\n  <<: *base\n  ep: 4\n");
    REQUIRE(loaded.document);
    CHECK(loaded.diagnostics.empty());
    const yaml::Node& row = value_of(loaded, "row");
    CHECK(row.find("tp")->integer == 8);
    CHECK(row.find("ep")->integer == 4);
    CHECK(row.find("<<") == nullptr);
}
