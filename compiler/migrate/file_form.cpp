#include "migrate/file_form.h"

#include <fmt/format.h>

namespace sweepc::migrate {
namespace {

constexpr const char* rule_id = "migrate";
constexpr std::string_view first_edition = "2026-03";
constexpr std::string_view second_edition = "2026-08";

bool is_key(const yaml::MappingEntry& entry, std::string_view name) {
    return entry.key->kind == yaml::Kind::string && entry.key->text == name;
}

// 2026-08: only `labels` and `hardware` at the top, `labels` (when present) a mapping of lists.
bool is_labelled_runners(const yaml::Node& root) {
    bool any = false;
    for (const yaml::MappingEntry& entry : root.entries) {
        if (entry.value == nullptr) return false;
        if (is_key(entry, "labels")) {
            if (entry.value->kind != yaml::Kind::mapping) return false;
            for (const yaml::MappingEntry& label : entry.value->entries) {
                if (label.value == nullptr || label.value->kind != yaml::Kind::sequence) return false;
            }
        } else if (is_key(entry, "hardware")) {
            if (entry.value->kind != yaml::Kind::mapping) return false;
        } else {
            return false;
        }
        any = true;
    }
    return any;
}

}  // namespace

const char* file_kind_name(FileKind kind) {
    return kind == FileKind::runners ? "runners file" : "master config";
}

std::optional<FileForm> detect_file_form(const yaml::Document& document, Diagnostics& diagnostics) {
    const yaml::Node& root = *document.root;
    if (root.kind != yaml::Kind::mapping || root.entries.empty()) {
        diagnostics.error(rule_id, root.location,
                          fmt::format("not a master config or runners file: the top level is {}, expected a mapping "
                                      "of config names to configs or of runner types to node lists",
                                      root.kind == yaml::Kind::mapping ? "an empty mapping"
                                      : root.kind == yaml::Kind::null  ? "empty"
                                                                       : fmt::format("a {}", yaml::kind_name(root.kind))));
        return std::nullopt;
    }
    if (is_labelled_runners(root)) return FileForm{FileKind::runners, second_edition};

    const yaml::MappingEntry* first_list = nullptr;
    const yaml::MappingEntry* first_mapping = nullptr;
    for (const yaml::MappingEntry& entry : root.entries) {
        const yaml::Kind kind = entry.value == nullptr ? yaml::Kind::null : entry.value->kind;
        if (kind == yaml::Kind::sequence && first_list == nullptr) first_list = &entry;
        if (kind == yaml::Kind::mapping && first_mapping == nullptr) first_mapping = &entry;
        if (kind != yaml::Kind::sequence && kind != yaml::Kind::mapping) {
            diagnostics.error(rule_id, entry.key->location,
                              fmt::format("not a master config or runners file: '{}' is {} {}, but a master config "
                                          "maps each name to a config and a runners file maps each runner type to "
                                          "a list of nodes",
                                          entry.key->text, kind == yaml::Kind::integer ? "an" : "a",
                                          yaml::kind_name(kind)));
            return std::nullopt;
        }
    }
    if (first_list != nullptr && first_mapping != nullptr) {
        diagnostics.error(rule_id, first_mapping->key->location,
                          fmt::format("not a master config or runners file: '{}' is a mapping (a config) but '{}' "
                                      "(line {}) is a list (a runner type's nodes); a file holds one or the other",
                                      first_mapping->key->text, first_list->key->text,
                                      first_list->key->location.line));
        return std::nullopt;
    }
    if (first_mapping == nullptr) return FileForm{FileKind::runners, first_edition};

    bool any_scenarios = false;
    for (const yaml::MappingEntry& entry : root.entries) {
        if (entry.value->find("seq-len-configs") != nullptr) return FileForm{FileKind::master_config, first_edition};
        any_scenarios = any_scenarios || entry.value->find("scenarios") != nullptr;
    }
    if (any_scenarios) return FileForm{FileKind::master_config, second_edition};
    diagnostics.error(rule_id, root.entries.front().key->location,
                      "not a recognisable master config: no config has 'seq-len-configs' (2026-03) or 'scenarios' "
                      "(2026-08), so there is nothing to migrate");
    return std::nullopt;
}

}  // namespace sweepc::migrate
