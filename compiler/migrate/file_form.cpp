#include "migrate/file_form.h"

#include <fmt/format.h>

#include "edition/detect_edition.h"

namespace sweepc::migrate {
namespace {

constexpr const char* rule_id = "migrate";

// A runners file with a labels layout: every top-level key is its edition's labels or hardware key.
bool is_labelled_runners(const yaml::Node& root, const Edition& edition) {
    for (const yaml::MappingEntry& entry : root.entries) {
        const std::string& key = entry.key->text;
        if (key != edition.runner_labels_key && key != edition.runner_hardware_key) return false;
    }
    return true;
}

std::string describe_kind(const yaml::Node* node) {
    const yaml::Kind kind = node == nullptr ? yaml::Kind::null : node->kind;
    return fmt::format("{} {}", kind == yaml::Kind::integer ? "an" : "a", yaml::kind_name(kind));
}

std::optional<FileForm> master_config_form(const yaml::Document& document, const Edition& target,
                                           Diagnostics& diagnostics) {
    std::vector<EditionEvidence> evidence = master_config_evidence(document);
    const Edition* found = nullptr;
    for (const EditionEvidence& marker : evidence) {
        if (found == nullptr || found == &target) found = marker.edition;
    }
    if (found != nullptr) return FileForm{FileKind::master_config, found};
    std::string markers;
    for (const Edition* edition : all_editions()) {
        markers += fmt::format("{}'{}' ({})", markers.empty() ? "" : " or ", edition->master_marker, edition->name);
    }
    diagnostics.error(rule_id, document.root->entries.front().key->location,
                      fmt::format("not a recognisable master config: no config has {}, so there is nothing to "
                                  "migrate",
                                  markers));
    return std::nullopt;
}

}  // namespace

std::optional<FileForm> detect_file_form(const yaml::Document& document, const Edition& target,
                                         Diagnostics& diagnostics) {
    const yaml::Node& root = *document.root;
    if (root.kind != yaml::Kind::mapping || root.entries.empty()) {
        diagnostics.error(rule_id, root.location,
                          fmt::format("not a master config or runners file: the top level is {}, expected a mapping "
                                      "of config names to configs or of runner types to node lists",
                                      root.kind == yaml::Kind::mapping ? "an empty mapping"
                                      : root.kind == yaml::Kind::null  ? "empty"
                                                                       : describe_kind(&root)));
        return std::nullopt;
    }
    const yaml::MappingEntry* first_list = nullptr;
    const yaml::MappingEntry* first_mapping = nullptr;
    for (const yaml::MappingEntry& entry : root.entries) {
        const yaml::Kind kind = entry.value == nullptr ? yaml::Kind::null : entry.value->kind;
        if (kind == yaml::Kind::sequence && first_list == nullptr) first_list = &entry;
        if (kind == yaml::Kind::mapping && first_mapping == nullptr) first_mapping = &entry;
        if (kind != yaml::Kind::sequence && kind != yaml::Kind::mapping) {
            diagnostics.error(rule_id, entry.key->location,
                              fmt::format("not a master config or runners file: '{}' is {}, but a master config maps "
                                          "each name to a config and a runners file maps each runner type to a "
                                          "list of nodes",
                                          entry.key->text, describe_kind(entry.value)));
            return std::nullopt;
        }
    }
    if (first_list != nullptr && first_mapping != nullptr) {
        diagnostics.error(rule_id, first_mapping->key->location,
                          fmt::format("not a master config or runners file: '{}' is a mapping (a config) but '{}' "
                                      "(line {}) is a list (a runner type's nodes); a file holds one or the other",
                                      first_mapping->key->text, first_list->key->text, first_list->key->location.line));
        return std::nullopt;
    }
    std::optional<EditionEvidence> runners = runners_evidence(document);
    if (runners && (first_mapping == nullptr || is_labelled_runners(root, *runners->edition))) {
        return FileForm{FileKind::runners, runners->edition};
    }
    return master_config_form(document, target, diagnostics);
}

}  // namespace sweepc::migrate
