#include <fmt/format.h>

#include "lint/changelog_lint.h"
#include "review/changelog_layout.h"

namespace sweepc {
namespace {

constexpr std::string_view rule = "changelog/append-only-entry";

std::string line_of(const ChangelogEntry& entry) { return std::to_string(entry.location.line); }

}  // namespace

void find_append_only_entry_problems(const std::vector<const ChangelogEntry*>& added,
                                     const std::vector<std::string>& eval_options, std::vector<Diagnostic>& findings) {
    const ChangelogEntry* first_append_only = nullptr;
    const ChangelogEntry* first_regular = nullptr;
    for (const ChangelogEntry* entry : added) {
        if (!entry->append_only) {
            if (first_regular == nullptr) first_regular = entry;
            continue;
        }
        if (first_append_only == nullptr) first_append_only = entry;
        // An append-only entry runs only the points added since the base revision, and no evals.
        std::vector<std::string> conflicting;
        if (entry->evals_only) conflicting.push_back("evals-only");
        if (entry->all_evals) conflicting.push_back("all-evals");
        if (entry->eval_min_prefill_ep) conflicting.push_back("eval-min-prefill-ep");
        for (const std::string& field : conflicting) {
            findings.push_back({std::string(rule), Severity::error, entry->field_location(field),
                                fmt::format("append-only cannot be combined with {}: an append-only entry runs only "
                                            "the concurrency points added since the base revision, and no evals",
                                            field),
                                fmt::format("remove {}, or write the evals as an entry of their own in another change",
                                            field)});
        }
    }
    if (first_append_only == nullptr) return;
    if (first_regular != nullptr) {
        findings.push_back({std::string(rule), Severity::error, first_append_only->field_location("append-only"),
                            fmt::format("append-only entries cannot share a change with regular entries (the entry "
                                        "at line {} is not append-only): the sweep either appends points or runs "
                                        "configs, not both",
                                        line_of(*first_regular)),
                            "make every new entry append-only, or split the change in two"});
    }
    for (const std::string& option : eval_options) {
        findings.push_back({std::string(rule), Severity::error, first_append_only->field_location("append-only"),
                            fmt::format("append-only sweeps cannot use {}: an append-only change runs only the "
                                        "concurrency points it adds, and no evals",
                                        option),
                            fmt::format("run without {} (remove the PR's eval label), or drop append-only", option)});
    }
}

void check_changelog_append_only_entry(const ChangelogLintInputs& inputs, std::vector<Diagnostic>& findings) {
    // Editions without append-only entries report the field as unknown (schema) instead.
    if (!ChangelogLayout::of(inputs.edition).entry_has_field("append-only")) return;
    // Which entries one change adds is known only against a base revision; outside git the whole
    // log is not one change.
    if (!inputs.context.base_text) return;
    const int new_from = first_new_line(inputs.context.base_text);
    std::vector<const ChangelogEntry*> added;
    for (const ChangelogEntry& entry : inputs.entries) {
        // Entries already in the base were processed (or refused) when they were added; the
        // changelog is append-only, so a finding there could not be fixed.
        if (entry.location.line >= new_from) added.push_back(&entry);
    }
    find_append_only_entry_problems(added, {}, findings);
}

}  // namespace sweepc
