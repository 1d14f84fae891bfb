#pragma once
#include <string>
#include <vector>

#include "migrate/file_form.h"
#include "migrate/kv_transfer_rules.h"
#include "source/diagnostic.h"
#include "source/source_file.h"

namespace sweepc::migrate {

struct MigrateSettings {
    const Edition* target = nullptr;  // --to
    std::vector<KvTransferRule> kv_transfer_rules;
    // Locate notes in the rewritten text (it is about to replace the file) rather than the original.
    bool notes_in_result = false;
};

enum class MigrationOutcome {
    rewritten,        // `text` is the file in the target edition's form
    already_current,  // the file is in the target's form already; nothing to do
    failed,           // errors were reported; the file must not be touched
};

struct FileMigration {
    MigrationOutcome outcome = MigrationOutcome::failed;
    FileKind kind = FileKind::master_config;
    std::string text;     // the rewritten file (outcome rewritten)
    std::string summary;  // what the rewrite does, one line
};

// Migrates one file's text to the target edition's form, in memory: parses it with the located loader,
// recognises it, checks what 2026-08 would reject, plans byte edits, applies them and verifies
// the result by its meaning. Everything found is reported to `diagnostics` (rule "migrate", or
// the loader's "yaml-syntax"). `rules_used[i]` is set when kv-transfer rule i was applied.
FileMigration migrate_file(const SourceFile& file, const MigrateSettings& settings, std::vector<bool>& rules_used,
                           Diagnostics& diagnostics);

}  // namespace sweepc::migrate
