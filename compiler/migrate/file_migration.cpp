#include "migrate/file_migration.h"

#include <fmt/format.h>

#include "load/yaml_loader.h"
#include "migrate/edition_compatibility.h"
#include "migrate/line_table.h"
#include "migrate/master_config_migration.h"
#include "migrate/rewrite_verification.h"
#include "migrate/runners_migration.h"

namespace sweepc::migrate {
namespace {

std::string plural(std::size_t count, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", count, count == 1 ? one : many);
}

std::string describe(const MigrationPlan& plan, FileKind kind) {
    if (kind == FileKind::runners) {
        return fmt::format("{} moved under '{}:'",
                           plural(static_cast<std::size_t>(plan.runner_types), "runner type", "runner types"),
                           plan.step.labels_key);
    }
    std::string summary =
        fmt::format("{}: '{}' -> '{}: {}'", plural(plan.migrated_configs.size(), "config", "configs"),
                    plan.step.old_blocks_key, plan.step.new_blocks_key, plan.step.new_blocks_inner_key);
    if (!plan.kv_transfer_added.empty()) {
        summary +=
            fmt::format("; 'kv-p2p-transfer' added to {}", plural(plan.kv_transfer_added.size(), "config", "configs"));
    }
    return summary;
}

}  // namespace

FileMigration migrate_file(const SourceFile& file, const MigrateSettings& settings, std::vector<bool>& rules_used,
                           Diagnostics& diagnostics) {
    FileMigration result;
    const std::size_t errors_before = diagnostics.error_count();
    std::optional<yaml::Document> document = yaml::load_yaml(file, diagnostics);
    if (!document || diagnostics.error_count() != errors_before) return result;
    const Edition& target = *settings.target;
    std::optional<FileForm> form = detect_file_form(*document, target, diagnostics);
    if (!form) return result;
    result.kind = form->kind;
    if (form->edition == &target) {
        result.outcome = MigrationOutcome::already_current;
        result.summary = fmt::format("already in the {} form", target.name);
        return result;
    }
    std::string why_not;
    std::optional<EditionStep> step = edition_step(*form->edition, target, why_not);
    if (!step) {
        diagnostics.error("migrate", SourceLocation::whole_file(file.path()),
                          fmt::format("this {} is in the {} form; {}",
                                      form->kind == FileKind::runners ? "runners file" : "master config",
                                      form->edition->name, why_not));
        return result;
    }

    const LineTable lines(file.text());
    MigrationPlan plan;
    plan.step = *step;
    if (form->kind == FileKind::runners) {
        plan_runners_migration(file.text(), lines, *document, plan, diagnostics);
    } else {
        std::vector<KvTransferInsertion> kv_transfer = check_master_config_compatibility(
            *document, plan.step, settings.kv_transfer_rules, rules_used, diagnostics);
        plan_master_config_migration(file.text(), lines, *document, kv_transfer, plan, diagnostics);
    }
    if (diagnostics.error_count() != errors_before) return result;

    std::string rewritten;
    std::string problem;
    std::optional<yaml::Document> migrated;
    if (!plan.edits.apply(file.text(), rewritten)) {
        problem = "two edits claim the same bytes";
    } else if ((migrated = parse_rewrite(file.path(), rewritten, problem))) {
        problem = verify_rewrite(*document, *migrated, form->kind, plan).value_or("");
    }
    if (!problem.empty()) {
        diagnostics.error("migrate", SourceLocation::whole_file(file.path()),
                          fmt::format("cannot rewrite this file without changing its meaning ({}); it was left as "
                                      "it is. This is a sweepc bug: please report it with the file",
                                      problem));
        return result;
    }
    if (form->kind == FileKind::master_config) {
        note_renamed_sequence_lengths(settings.notes_in_result ? *migrated : *document, plan.step, diagnostics);
    }
    result.outcome = MigrationOutcome::rewritten;
    result.text = std::move(rewritten);
    result.summary = describe(plan, form->kind);
    return result;
}

}  // namespace sweepc::migrate
