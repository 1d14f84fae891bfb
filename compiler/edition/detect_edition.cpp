#include "edition/detect_edition.h"

#include <fmt/format.h>

namespace sweepc {
namespace {

std::string place(const SourceLocation& where) { return fmt::format("{}:{}:{}", where.file, where.line, where.column); }

}  // namespace

std::vector<EditionEvidence> master_config_evidence(const yaml::Document& document) {
    std::vector<EditionEvidence> evidence;
    if (document.root == nullptr || document.root->kind != yaml::Kind::mapping) return evidence;
    for (const yaml::MappingEntry& top : document.root->entries) {
        if (top.value == nullptr || top.value->kind != yaml::Kind::mapping) continue;
        for (const yaml::MappingEntry& field : top.value->entries) {
            for (const Edition* edition : all_editions()) {
                if (field.key->text == edition->master_marker) {
                    evidence.push_back({edition, field.key->location, fmt::format("'{}'", field.key->text)});
                }
            }
        }
    }
    return evidence;
}

std::optional<EditionEvidence> runners_evidence(const yaml::Document& document) {
    const yaml::Node* root = document.root;
    if (root == nullptr || root->kind != yaml::Kind::mapping) return std::nullopt;
    // A labelled layout is recognised by its keys holding mappings (a flat file's runner type
    // could be called `labels`, but it would hold a list).
    for (const Edition* edition : all_editions()) {
        if (edition->runner_labels_key.empty()) continue;
        for (const yaml::MappingEntry& top : root->entries) {
            const bool layout_key = top.key->text == edition->runner_labels_key ||
                                    (!edition->runner_hardware_key.empty() && top.key->text == edition->runner_hardware_key);
            if (layout_key && top.value != nullptr && top.value->kind == yaml::Kind::mapping) {
                return EditionEvidence{edition, top.key->location, fmt::format("'{}:'", top.key->text)};
            }
        }
    }
    for (const Edition* edition : all_editions()) {
        if (!edition->runner_labels_key.empty()) continue;
        for (const yaml::MappingEntry& top : root->entries) {
            if (top.value != nullptr && top.value->kind == yaml::Kind::sequence) {
                return EditionEvidence{edition, top.key->location, "a flat 'runner type: [nodes]' mapping"};
            }
        }
    }
    return std::nullopt;
}

const Edition* resolve_edition(const Edition* forced, const std::vector<EditionEvidence>& evidence,
                               const Edition& fallback, Diagnostics& diagnostics) {
    if (forced != nullptr) return forced;
    if (evidence.empty()) return &fallback;
    const EditionEvidence& first = evidence.front();
    for (const EditionEvidence& other : evidence) {
        if (other.edition == first.edition) continue;
        diagnostics.error(
            "edition", other.where,
            fmt::format("inputs of two editions in one run: {} here is {} and {} at {} is {}; write every input in one "
                        "edition, or choose one with --edition {}",
                        other.construct, other.edition->name, first.construct, place(first.where),
                        first.edition->name, edition_names("|")));
        return nullptr;
    }
    return first.edition;
}

std::string edition_reason(const Edition* forced, const std::vector<EditionEvidence>& evidence,
                           const Edition& resolved) {
    if (forced != nullptr) return fmt::format("--edition {}", forced->name);
    for (const EditionEvidence& found : evidence) {
        if (found.edition == &resolved) return fmt::format("detected from {} at {}", found.construct, place(found.where));
    }
    return fmt::format("the newest edition; no input says which");
}

}  // namespace sweepc
