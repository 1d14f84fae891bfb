// One corpus of hostile values (YAML escapes giving newlines, terminal escapes, bidi controls and
// workflow commands; Markdown that would add headings, hide the rest of a comment, mention, link or
// break a code span) through every output format: human, JSON, SARIF, GitHub annotations, the
// Markdown diff report, plan.md, review comments and $GITHUB_OUTPUT. Each must show the values,
// never act on them.
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "hardening/bounded_run.h"
#include "support/github_output_records.h"
#include "support/test_support.h"

using namespace sweepc::test;

namespace {

// As YAML double-quoted text: \n, \e (ESC), \a (BEL) and \u202E are YAML escapes.
const char* const hostile_key = R"(evil\n::add-mask::key\e[2J\e]0;title\a\u202Ekey)";
const char* const hostile_field = R"(field\n::error file=x::injected\n##[add-mask]y)";
const char* const hostile_image = R"(img:1\n# Heading\n<!-- hide @octocat [x](https://evil.example) `tick` www.evil.example #12)";
// Markdown hazards without control characters, which emit would refuse anyway.
const char* const markdown_image = "img:1 # Heading <!-- hide @octocat [x](https://evil.example) ``tick`` #12";

std::string entry(const std::string& key, const std::string& image, const std::string& extra = "") {
    return "\"" + key + "\":\n  image: \"" + image +
           "\"\n  model: m\n  model-prefix: kimik2.5\n  runner: mi355x\n  precision: fp4\n  framework: vllm\n"
           "  multinode: false\n" + extra +
           "  seq-len-configs:\n  - { isl: 1024, osl: 1024, search-space: [ { tp: 8, conc-list: [4] } ] }\n";
}

const char* const runners = "mi355x:\n- mi355x-amds_0\n";

// Nothing a terminal or a CI log would act on: no control character but newline, no line that is
// a workflow command.
void require_log_safe(const std::string& text) {
    INFO(text.substr(0, 3000));
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        CHECK((byte >= 0x20 || byte == '\n'));
        CHECK(byte != 0x7f);
    }
    CHECK(text.find("\xe2\x80\xae") == std::string::npos);  // RIGHT-TO-LEFT OVERRIDE
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        line.erase(0, line.find_first_not_of(" \t"));
        CHECK_FALSE(line.starts_with("::"));
        CHECK(line.find("##[add-mask]") == std::string::npos);
        start = end + 1;
    }
}

// `markdown` with every code span taken out: what GitHub would read as markup.
std::string outside_code_spans(const std::string& markdown) {
    std::string out;
    for (std::size_t i = 0; i < markdown.size();) {
        if (markdown[i] != '`') {
            out += markdown[i++];
            continue;
        }
        std::size_t run = markdown.find_first_not_of('`', i) - i;
        std::size_t close = i + run;
        for (;;) {
            close = markdown.find(std::string(run, '`'), close);
            if (close == std::string::npos || markdown.find_first_not_of('`', close) == close + run) break;
            close = markdown.find_first_not_of('`', close);
        }
        if (close == std::string::npos) {  // an unclosed fence is literal text
            out += markdown.substr(i, run);
            i += run;
            continue;
        }
        out += "CODE";
        i = close + run;
    }
    return out;
}

void require_markdown_safe(const std::string& markdown, std::size_t own_headings) {
    INFO(markdown.substr(0, 4000));
    const std::string prose = outside_code_spans(markdown);
    INFO(prose.substr(0, 4000));
    CHECK(prose.find("<!--") == std::string::npos);
    CHECK(prose.find("@octocat") == std::string::npos);
    CHECK(prose.find("https://") == std::string::npos);
    CHECK(prose.find("www.evil") == std::string::npos);
    CHECK(prose.find("#12") == std::string::npos);
    CHECK(prose.find("\x1b") == std::string::npos);
    std::size_t headings = 0;
    std::size_t start = 0;
    while (start < markdown.size()) {
        if (markdown[start] == '#') ++headings;
        start = markdown.find('\n', start);
        if (start == std::string::npos) break;
        ++start;
    }
    CHECK(headings == own_headings);
}

}  // namespace

TEST_CASE("hostile values in diagnostics: human, JSON, SARIF and GitHub output show them inertly", "[hardening]") {
    TempDir dir;
    const std::string unknown_field = "  \"" + std::string(hostile_field) + "\": 1\n";
    write_file(dir / "master.yaml", entry(hostile_key, hostile_image, unknown_field));
    write_file(dir / "runners.yaml", runners);
    const std::vector<std::string> check{"check", "--config-files", "master.yaml", "--runner-config", "runners.yaml"};

    BoundedResult human = run_sweepc_bounded(check, dir.path());
    REQUIRE(human.exit_code == 1);
    require_log_safe(human.out + human.err);
    CHECK_THAT(human.out, Catch::Contains("unknown field 'field\\n::error file=x::injected\\n##\\x5badd-mask]y'"));

    BoundedResult matrix = run_sweepc_bounded(
        {"matrix", "full-sweep", "--config-files", "master.yaml", "--runner-config", "runners.yaml"}, dir.path());
    REQUIRE(matrix.exit_code == 1);
    CHECK(matrix.out.empty());
    require_log_safe(matrix.err);

    // Messages quote values already made visible (source/escape.h quoted_value); JSON and SARIF
    // then escape them as their serialiser does.
    auto with_format = [&](const char* format) {
        std::vector<std::string> args = check;
        args.insert(args.end(), {"--format", format});
        return run_sweepc_bounded(args, dir.path());
    };
    const std::string shown_field = R"('field\n::error file=x::injected\n##[add-mask]y')";
    BoundedResult json = with_format("json");
    REQUIRE(json.exit_code == 1);
    bool quoted = false;
    for (const auto& finding : nlohmann::json::parse(json.out)) {
        quoted = quoted || finding.at("message").get<std::string>().find(shown_field) != std::string::npos;
    }
    CHECK(quoted);
    BoundedResult sarif = with_format("sarif");
    REQUIRE(sarif.exit_code == 1);
    CHECK_NOTHROW(nlohmann::json::parse(sarif.out));
    for (const std::string& text : {json.out, sarif.out}) {
        for (char c : text) CHECK(static_cast<unsigned char>(c) != 0x1b);
    }

    // GitHub annotations: one workflow command per line, and only sweepc's own.
    BoundedResult github = with_format("github");
    REQUIRE(github.exit_code == 1);
    std::size_t start = 0;
    while (start < github.out.size()) {
        const std::size_t end = github.out.find('\n', start);
        const std::string line = github.out.substr(start, end - start);
        CHECK((line.starts_with("::error ") || line.starts_with("::warning ") || line.starts_with("::notice ")));
        CHECK(line.find("\x1b") == std::string::npos);
        start = end + 1;
    }
    CHECK_THAT(github.out, Catch::Contains(shown_field));
}

TEST_CASE("hostile values in Markdown: the diff report and plan.md keep them in code spans", "[hardening]") {
    TempDir dir;
    write_file(dir / "runners.yaml", runners);
    write_file(dir / "base.yaml", entry(hostile_key, "img:0") + entry("k`x@octocat", "img:0"));
    write_file(dir / "head.yaml", entry(hostile_key, hostile_image) + entry("k`x@octocat", markdown_image));
    BoundedResult diff = run_sweepc_bounded({"diff", "--base-files", "base.yaml", "--head-files", "head.yaml",
                                             "--runner-config", "runners.yaml", "--format", "markdown"},
                                            dir.path());
    INFO(diff.err);
    REQUIRE(diff.exit_code == 0);
    // "### sweepc diff" and one "####" per changed config.
    require_markdown_safe(diff.out, 3);
    CHECK_THAT(diff.out, Catch::Contains("\\x1b[2J"));

    write_file(dir / "plan.yaml", entry("k`x@octocat", markdown_image));
    BoundedResult emitted = run_sweepc_bounded(
        {"emit", "--config-files", "plan.yaml", "--runner-config", "runners.yaml", "--out", "generated"}, dir.path());
    INFO(emitted.err);
    REQUIRE(emitted.exit_code == 0);
    // "# Sweep plan", "## <config>", "### 1k1k".
    require_markdown_safe(read_file(dir / "generated" / "plan.md"), 3);
}

TEST_CASE("hostile values in review comments: bodies keep them in code, with control characters shown",
          "[hardening]") {
    TempDir dir;
    const std::string unknown_field = "  \"" + std::string(hostile_field) + "\": 1\n";
    write_file(dir / "master.yaml", entry(hostile_key, hostile_image, unknown_field));
    write_file(dir / "runners.yaml", runners);
    BoundedResult check = run_sweepc_bounded({"check", "--config-files", "master.yaml", "--runner-config",
                                              "runners.yaml", "--review-comments", "review.json"},
                                             dir.path());
    INFO(check.err);
    REQUIRE(check.exit_code == 1);
    const auto review = nlohmann::json::parse(read_file(dir / "review.json"));
    std::vector<std::string> bodies{review.at("body").get<std::string>()};
    for (const auto& comment : review.at("comments")) bodies.push_back(comment.at("body").get<std::string>());
    REQUIRE(bodies.size() > 1);
    bool quoted = false;
    for (const std::string& body : bodies) {
        require_markdown_safe(body, 0);
        for (char c : body) {
            const auto byte = static_cast<unsigned char>(c);
            CHECK((byte >= 0x20 || byte == '\n'));
            CHECK(byte != 0x7f);
        }
        CHECK(body.find("\xe2\x80\xae") == std::string::npos);  // RIGHT-TO-LEFT OVERRIDE
        quoted = quoted || body.find(R"('field\n::error file=x::injected\n##[add-mask]y')") != std::string::npos;
    }
    CHECK(quoted);
}

TEST_CASE("hostile values in $GITHUB_OUTPUT: one record per name, matrices on one line, or refused", "[hardening]") {
    TempDir dir;
    write_file(dir / "runners.yaml", runners);
    write_file(dir / "markdown.yaml", entry("k`x@octocat", markdown_image));
    write_file(dir / "control.yaml", entry(hostile_key, hostile_image));
    auto matrix = [&](const char* file) {
        return run_sweepc_bounded({"matrix", "full-sweep", "--config-files", file, "--runner-config", "runners.yaml",
                                   "--github-output"},
                                  dir.path(), {"GITHUB_OUTPUT=" + (dir / "github_output").string()});
    };
    BoundedResult accepted = matrix("markdown.yaml");
    INFO(accepted.err);
    REQUIRE(accepted.exit_code == 0);
    // NAME-parts=N lines, and NAME-config<<DELIMITER blocks whose value is one line of JSON holding
    // the value as written.
    const std::string written = read_file(dir / "github_output");
    const std::vector<OutputRecord> records = parse_github_output(written);
    bool image_found = false;
    for (const OutputRecord& record : records) {
        INFO(record.key << "=" << record.value);
        if (record.key.ends_with("-parts")) {
            CHECK(record.value == "1");
            continue;
        }
        CHECK(record.key.ends_with("-config"));
        CHECK_FALSE(record.delimiter.empty());
        CHECK(record.value.find('\n') == std::string::npos);
        for (const auto& job : nlohmann::json::parse(record.value)) {
            image_found = image_found || job.at("image") == markdown_image;
        }
    }
    CHECK(records.size() > 1);
    CHECK(image_found);

    // Control characters cannot be carried safely into a workflow: refused, the file untouched.
    BoundedResult refused = matrix("control.yaml");
    INFO(refused.err);
    CHECK(refused.exit_code == 1);
    CHECK(refused.out.empty());
    require_log_safe(refused.err);
    CHECK(read_file(dir / "github_output") == written);
}
