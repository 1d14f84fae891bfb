#include "emit/value_safety.h"

#include <set>
#include <string>
#include <string_view>

#include <fmt/format.h>

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

void check_worker(const Worker& worker, const SourceLocation& location, Diagnostics& diagnostics) {
    for (const std::string& setting : worker.additional_settings) {
        check_value("an additional-settings entry", setting, location, diagnostics);
    }
}

}  // namespace

void check_emitted_values(const std::vector<Run>& runs, Diagnostics& diagnostics) {
    std::set<const MasterEntry*> entries;
    std::set<const SearchSpaceRow*> rows;
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
            if (run.prefill != nullptr) check_worker(*run.prefill, run.row->location, diagnostics);
            if (run.decode != nullptr) check_worker(*run.decode, run.row->location, diagnostics);
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
