#pragma once
// Helpers shared by the [migrate] tests: fixtures, migrating a text in memory, line endings.
#include <filesystem>
#include <string>
#include <vector>

#include "migrate/file_migration.h"
#include "support/test_support.h"

namespace sweepc::test::migration {

inline std::filesystem::path fixture(const std::string& name) {
    return source_dir() / "tests" / "fixtures" / "migrate" / name;
}

struct InMemoryMigration {
    sweepc::migrate::FileMigration result;
    Diagnostics diagnostics;
};

// Migrates `text` as if read from `path`, with `--kv-p2p-transfer` values `kv_rules`.
inline InMemoryMigration migrate_text(const std::string& text, const std::vector<std::string>& kv_rules = {},
                                      const std::string& path = "input.yaml") {
    InMemoryMigration run;
    sweepc::migrate::MigrateSettings settings;
    settings.target = &sweepc::edition_2026_08();
    for (const std::string& value : kv_rules) {
        std::string problem;
        if (auto rule = sweepc::migrate::parse_kv_transfer_rule(value, problem)) {
            settings.kv_transfer_rules.push_back(*rule);
        }
    }
    std::vector<bool> used;
    run.result = sweepc::migrate::migrate_file(SourceFile(path, text), settings, used, run.diagnostics);
    return run;
}

inline std::string with_crlf(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

// The messages of the diagnostics, one per line, for failure output and substring checks.
inline std::string messages(const Diagnostics& diagnostics) {
    std::string out;
    for (const Diagnostic& d : diagnostics.all()) {
        out += d.location.file + ":" + std::to_string(d.location.line) + ":" + std::to_string(d.location.column) +
               ": " + d.message + " [" + d.rule + "]\n";
    }
    return out;
}

}  // namespace sweepc::test::migration
