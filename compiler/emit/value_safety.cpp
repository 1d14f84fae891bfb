#include "emit/value_safety.h"

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "emit/job_environment.h"
#include "source/escape.h"

namespace sweepc {
namespace {

// Describes why `value` cannot be emitted, or returns empty when it can.
std::string unsafe_reason(std::string_view value) {
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            return fmt::format("contains the control character 0x{:02x}{}", byte,
                               byte == '\n' ? " (a newline)" : "");
        }
    }
    if (value.find("${{") != std::string_view::npos) {
        return "contains '${{', GitHub Actions expression syntax";
    }
    return {};
}

void check_value(std::string_view field, std::string_view value, const SourceLocation& location,
                 Diagnostics& diagnostics) {
    std::string reason = unsafe_reason(value);
    if (reason.empty()) return;
    diagnostics.error("emit/unsafe-value", location,
                      fmt::format("{} {}; it would reach generated scripts and workflow outputs, so sweepc "
                                  "refuses to emit it. Remove it from the value",
                                  field, reason));
}

// Values that become parts of file names: the benchmark script's path and RESULT_FILENAME, which
// the benchmark scripts write their results to. A '/' there names another folder ("../../x").
void check_file_name_part(std::string_view field, std::string_view value, const SourceLocation& location,
                          Diagnostics& diagnostics) {
    if (value.find('/') == std::string_view::npos) return;
    diagnostics.error("emit/unsafe-value", location,
                      fmt::format("{} {} contains '/', and it becomes part of file names (the benchmark script's "
                                  "path, RESULT_FILENAME), where it would name another folder; remove the '/'",
                                  field, quoted_value(value)));
}

// Where an additional-settings item was written, else the row.
SourceLocation setting_location(const Worker& worker, std::size_t index, const SourceLocation& row) {
    const yaml::Node* settings = worker.node != nullptr ? worker.node->find("additional-settings") : nullptr;
    if (settings != nullptr && index < settings->items.size()) return settings->items[index]->location;
    return row;
}

void check_worker(const Worker& worker, bool exported_one_by_one, const SourceLocation& location,
                  Diagnostics& diagnostics) {
    for (std::size_t i = 0; i < worker.additional_settings.size(); ++i) {
        const std::string& setting = worker.additional_settings[i];
        check_value("an additional-settings entry", setting, setting_location(worker, i, location), diagnostics);
        // The multi-node template pastes the items into one unquoted `export` line: an item that is
        // not NAME=value, or that has whitespace, would export something else (or fail the job).
        if (exported_one_by_one && !exportable_setting_name(setting) && unsafe_reason(setting).empty()) {
            diagnostics.error("emit/unsafe-value", setting_location(worker, i, location),
                              fmt::format("additional-settings entry {} is not NAME=value without whitespace; the "
                                          "multi-node workflow template exports each entry with `export`, which "
                                          "would split or refuse it. Write one NAME=value per entry",
                                          quoted_value(setting)));
        }
    }
}

// Component metadata (router, kv-offload-backend, kv-p2p-transfer) reaches the job environment
// as text or JSON: every scalar in it is checked like any other value.
void check_metadata(std::string_view field, const yaml::Node* node, Diagnostics& diagnostics) {
    if (node == nullptr) return;
    std::vector<const yaml::Node*> pending{node};
    while (!pending.empty()) {
        const yaml::Node* at = pending.back();
        pending.pop_back();
        if (at->is_scalar()) check_value(field, at->text, at->location, diagnostics);
        for (const yaml::Node* item : at->items) pending.push_back(item);
        for (const yaml::MappingEntry& entry : at->entries) pending.push_back(entry.value);
    }
}

}  // namespace

void check_emitted_values(const std::vector<Run>& runs, Diagnostics& diagnostics) {
    std::set<const MasterEntry*> entries;
    std::set<const SearchSpaceRow*> rows;
    std::set<const yaml::Node*> metadata;
    std::set<std::string> runners;
    for (const Run& run : runs) {
        if (entries.insert(run.entry).second) {
            const MasterEntry& entry = *run.entry;
            check_value("the config name", entry.key, entry.location, diagnostics);
            check_value("image", entry.image, entry.field_location("image"), diagnostics);
            check_value("model", entry.model, entry.field_location("model"), diagnostics);
            check_value("model-prefix", entry.model_prefix, entry.field_location("model-prefix"), diagnostics);
            check_value("precision", entry.precision, entry.field_location("precision"), diagnostics);
            check_value("framework", entry.framework, entry.field_location("framework"), diagnostics);
            check_value("runner", entry.runner, entry.field_location("runner"), diagnostics);
            check_file_name_part("model-prefix", entry.model_prefix, entry.field_location("model-prefix"), diagnostics);
            check_file_name_part("precision", entry.precision, entry.field_location("precision"), diagnostics);
            check_file_name_part("framework", entry.framework, entry.field_location("framework"), diagnostics);
            // RUNNER_NAME falls back to the runner type when no node name is known.
            check_file_name_part("runner", entry.runner, entry.field_location("runner"), diagnostics);
        }
        if (run.row != nullptr && rows.insert(run.row).second) {
            const bool exported = exports_worker_settings(run);
            if (run.prefill != nullptr) check_worker(*run.prefill, exported, run.row->location, diagnostics);
            if (run.decode != nullptr) check_worker(*run.decode, exported, run.row->location, diagnostics);
        }
        for (const auto& [field, node] :
             {std::pair{"router", run.router}, std::pair{"kv-p2p-transfer", run.kv_p2p_transfer},
              std::pair{"kv-offload-backend", run.kv_offload_backend}}) {
            if (node != nullptr && metadata.insert(node).second) check_metadata(field, node, diagnostics);
        }
        // A node name comes from runners.yaml; the entry's runner field is the closest place
        // that a reader of the finding can act on.
        if (run.runner != run.entry->runner && runners.insert(run.runner).second) {
            check_value("runner node name", run.runner, run.entry->field_location("runner"), diagnostics);
            check_file_name_part("runner node name", run.runner, run.entry->field_location("runner"), diagnostics);
        }
    }
}

}  // namespace sweepc
