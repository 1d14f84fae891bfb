#include "migrate/runners_migration.h"

#include <fmt/format.h>

#include "migrate/yaml_token_scan.h"

namespace sweepc::migrate {
namespace {

// The indentation the file gives a runner type's node list when it indents it at all, else 2.
int indentation_step(std::string_view text, const LineTable& lines, const yaml::Node& root) {
    for (const yaml::MappingEntry& entry : root.entries) {
        if (entry.value == nullptr || entry.value->kind != yaml::Kind::sequence) continue;
        const std::size_t content = skip_to_node_content(text, lines.offset_of(entry.value->location));
        if (!is_block_sequence_entry(text, content)) continue;
        const int column = static_cast<int>(content - lines.line_start(lines.line_of(content)));
        if (column > 0) return column;
    }
    return 2;
}

}  // namespace

bool plan_runners_migration(std::string_view text, const LineTable& lines, const yaml::Document& document,
                            MigrationPlan& plan, Diagnostics& diagnostics) {
    const yaml::Node& root = *document.root;
    const std::size_t start = lines.offset_of(root.location);
    const std::size_t content = skip_to_node_content(text, start);
    plan.runner_types = static_cast<int>(root.entries.size());
    if (content < text.size() && text[content] == '{') {
        std::optional<std::size_t> end = flow_collection_end(text, content);
        if (!end) {
            diagnostics.error("migrate", root.location, "cannot find the '}' that closes this mapping");
            return false;
        }
        plan.edits.insert(start, fmt::format("{{{}: ", plan.step.labels_key));
        plan.edits.insert(*end, "}");
        return true;
    }
    const int step = indentation_step(text, lines, root);
    const int first = lines.line_of(start);
    int last = first;
    for (int line = first; line <= lines.line_count(); ++line) {
        if (lines.is_content(line)) last = line;
    }
    // A document end marker and what follows it are not part of the mapping.
    for (int line = first; line <= last; ++line) {
        std::string_view content_text = lines.content(line);
        if (content_text.substr(0, 3) == "..." || (line > first && content_text.substr(0, 3) == "---")) {
            last = line - 1;
            break;
        }
    }
    while (last > first && !lines.is_content(last)) --last;
    for (int next = last + 1; next <= lines.line_count(); ++next) {
        if (lines.is_blank(next)) continue;
        if (!lines.is_comment(next) || lines.indentation(next) == 0) break;
        last = next;
    }
    plan.edits.insert(lines.line_start(first), fmt::format("{}:{}", plan.step.labels_key, lines.newline()));
    const std::string indent(static_cast<std::size_t>(step), ' ');
    for (int line = first; line <= last; ++line) {
        if (!lines.content(line).empty()) plan.edits.insert(lines.line_start(line), indent);
    }
    return true;
}

}  // namespace sweepc::migrate
