// Every fix the shell rules offer, applied to the script it was offered for, must leave valid bash
// (`bash -n`): a suggested edit that breaks the script is worse than none.
#include <catch2/catch.hpp>

#include <filesystem>

#include "shell/shell_lint_test_support.h"

using sweepc::Diagnostic;
using sweepc::test::lint_shell_fixture;
using sweepc::test::read_file;
using sweepc::test::run_program;
using sweepc::test::source_dir;
using sweepc::test::TempDir;
using sweepc::test::write_file;

namespace {

// Byte offset of a 1-based line and column in `text`.
std::size_t offset_of(const std::string& text, int line, int column) {
    std::size_t offset = 0;
    for (int l = 1; l < line; ++l) {
        std::size_t newline = text.find('\n', offset);
        REQUIRE(newline != std::string::npos);
        offset = newline + 1;
    }
    return offset + static_cast<std::size_t>(column - 1);
}

// A fix replaces the text of its finding's location.
std::string apply_fix(const std::string& text, const Diagnostic& d) {
    std::size_t start = offset_of(text, d.location.line, d.location.column);
    std::size_t end = offset_of(text, d.location.end_line, d.location.end_column);
    REQUIRE(start <= end);
    REQUIRE(end <= text.size());
    return text.substr(0, start) + *d.fix + text.substr(end);
}

bool bash_accepts(const TempDir& dir, const std::string& script) {
    write_file(dir / "fixed.sh", script);
    return run_program({"bash", "-n", (dir / "fixed.sh").string()}, dir.path()).exit_code == 0;
}

}  // namespace

TEST_CASE("every fix offered on the shell fixtures leaves a script bash accepts", "[shell][fixes]") {
    TempDir dir;
    std::size_t fixes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "tests" / "fixtures" / "shell")) {
        if (entry.path().extension() != ".sh") continue;
        const std::string name = entry.path().filename().string();
        const std::string text = read_file(entry.path());
        REQUIRE(bash_accepts(dir, text));  // the fixtures themselves are valid bash
        for (const Diagnostic& d : lint_shell_fixture(name)) {
            if (!d.fix) continue;
            ++fixes;
            INFO(name << ":" << d.location.line << ":" << d.location.column << " " << d.rule << " fix '" << *d.fix << "'");
            std::string fixed = apply_fix(text, d);
            CHECK(fixed != text);
            CHECK(bash_accepts(dir, fixed));
        }
    }
    // Every rule that offers fixes has a bad fixture with one.
    CHECK(fixes >= 15);
}

TEST_CASE("the fix for a missing backslash joins the cut-off argument back into its command", "[shell][fixes]") {
    const std::string text = read_file(source_dir() / "tests" / "fixtures" / "shell" / "broken_continuation_bad.sh");
    auto findings = lint_shell_fixture("broken_continuation_bad.sh");
    REQUIRE_FALSE(findings.empty());
    std::string fixed = apply_fix(text, findings.front());
    CHECK(fixed.find("    RESULT_FILENAME \\\n    EP_SIZE \\\n") != std::string::npos);
    // And the fixed script no longer has that finding.
    sweepc::Diagnostics again;
    lint_shell_script(sweepc::SourceFile("fixed.sh", fixed), {}, again);
    for (const Diagnostic& d : again.all()) CHECK_FALSE(d.location.line == 4);
}
