// `sweepc migrate --to 2026-08 FILE...`: rewrites 2026-03 master configs and runners files in the
// 2026-08 form, in place, keeping everything the change does not touch.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/exit_codes.h"
#include "edition/edition.h"
#include "migrate/edition_step.h"
#include "migrate/file_migration.h"
#include "migrate/file_replacement.h"

namespace sweepc {
namespace {

struct MigrateOptions {
    std::string to;
    std::vector<std::string> files;
    bool check = false;
    std::vector<std::string> kv_transfer;
    std::size_t max_input_bytes = default_max_input_bytes;
    DiagnosticOutputOptions output;
};

struct MigratedFile {
    SourceFile original;
    migrate::FileMigration migration;
};

SourceLocation option_location(const char* option) {
    return SourceLocation{option, 0, 0, 0, 0};
}

// A path as the terminal should show it: control characters (a file name may hold a newline or
// an escape sequence) written as \xNN.
std::string printable(std::string_view text) {
    std::string out;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F) {
            out += fmt::format("\\x{:02X}", byte);
        } else {
            out += c;
        }
    }
    return out;
}

std::vector<migrate::KvTransferRule> parse_rules(const std::vector<std::string>& values, Diagnostics& diagnostics) {
    std::vector<migrate::KvTransferRule> rules;
    for (const std::string& value : values) {
        std::string problem;
        if (std::optional<migrate::KvTransferRule> rule = migrate::parse_kv_transfer_rule(value, problem)) {
            rules.push_back(std::move(*rule));
        } else {
            diagnostics.error("usage", option_location("--kv-p2p-transfer"), fmt::format("'{}': {}", value, problem));
        }
    }
    return rules;
}

// The same file named twice (or through two paths) would be rewritten twice from one reading.
bool check_distinct(const std::vector<std::string>& files, Diagnostics& diagnostics) {
    std::set<std::filesystem::path> seen;
    bool ok = true;
    for (const std::string& path : files) {
        std::error_code error;
        std::filesystem::path canonical = std::filesystem::canonical(path, error);
        if (error) continue;  // reported when it is read
        if (!seen.insert(canonical).second) {
            diagnostics.error("usage", SourceLocation::whole_file(path),
                              "this file is named more than once on the command line");
            ok = false;
        }
    }
    return ok;
}

int run_migrate(const MigrateOptions& options) {
    Diagnostics diagnostics;
    SourceMap sources;
    migrate::MigrateSettings settings;
    settings.kv_transfer_rules = parse_rules(options.kv_transfer, diagnostics);
    settings.notes_in_result = !options.check;
    settings.target = find_edition(options.to);
    if (diagnostics.has_errors() || !check_distinct(options.files, diagnostics)) {
        return report_diagnostics(diagnostics, sources, options.output);
    }

    std::vector<MigratedFile> files;
    std::vector<bool> rules_used(settings.kv_transfer_rules.size(), false);
    for (const std::string& path : options.files) {
        std::optional<SourceFile> file = read_source_file(path, diagnostics, options.max_input_bytes);
        if (!file) continue;
        migrate::FileMigration migration = migrate::migrate_file(*file, settings, rules_used, diagnostics);
        files.push_back({std::move(*file), std::move(migration)});
    }
    for (std::size_t i = 0; i < settings.kv_transfer_rules.size(); ++i) {
        if (rules_used[i]) continue;
        diagnostics.warning("migrate", option_location("--kv-p2p-transfer"),
                            fmt::format("'{}' matched no disaggregated config that needed a KV transfer backend",
                                        settings.kv_transfer_rules[i].option));
    }

    std::vector<migrate::FileReplacement> replacements;
    for (const MigratedFile& file : files) {
        if (file.migration.outcome == migrate::MigrationOutcome::rewritten) {
            replacements.push_back({file.original.path(), file.original.text(), file.migration.text});
        }
    }
    const bool write = !options.check && !diagnostics.has_errors();
    const bool written = write && replace_files(replacements, diagnostics);
    if (!diagnostics.has_errors()) {
        for (const MigratedFile& file : files) {
            const std::string path = printable(file.original.path());
            if (file.migration.outcome == migrate::MigrationOutcome::already_current) {
                std::cout << fmt::format("{}: {}\n", path, file.migration.summary);
            } else {
                std::cout << fmt::format("{} {}: {}\n", options.check ? "would migrate" : "migrated", path,
                                         file.migration.summary);
            }
        }
    }
    // Diagnostics quote the file as it is on disk now.
    for (MigratedFile& file : files) {
        const bool replaced = written && file.migration.outcome == migrate::MigrationOutcome::rewritten;
        sources.add(replaced ? SourceFile(file.original.path(), file.migration.text) : std::move(file.original));
    }
    int status = report_diagnostics(diagnostics, sources, options.output);
    if (status != exit_ok) {
        if (!options.check && !replacements.empty() && !written) {
            std::cerr << "sweepc migrate: no file was rewritten because of the errors above\n";
        }
        return status;
    }
    return options.check && !replacements.empty() ? exit_findings : exit_ok;
}

}  // namespace

void add_migrate_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<MigrateOptions>();
    CLI::App* command = app.add_subcommand(
        "migrate", "Rewrite master configs and runners files of an older edition in a newer one's form, in place");
    command->add_option("--to", options->to, "Edition to write")
        ->required()
        ->check(CLI::IsMember(migrate::migration_targets()));
    command->add_option("files", options->files, "Master config and runners files (YAML)")->required()->expected(1, -1);
    command->add_flag("--check", options->check,
                      "Write nothing; list what would change and exit 1 when any file would change");
    command
        ->add_option("--kv-p2p-transfer", options->kv_transfer,
                     "[CONFIG-GLOB=]BACKEND: the KV transfer backend (nixl, mooncake, mori, ...) to declare on "
                     "disaggregated configs, which 2026-08 requires; repeatable, first match wins")
        ->expected(1)
        ->allow_extra_args(false)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    command->add_option("--max-input-size", options->max_input_bytes, "Largest input file to read, in bytes")
        ->capture_default_str();
    add_diagnostic_output_options(*command, options->output);
    command->callback([options, &exit_code] { exit_code = run_migrate(*options); });
}

}  // namespace sweepc
