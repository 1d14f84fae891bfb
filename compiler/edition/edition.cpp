#include "edition/edition.h"

#include <array>

namespace sweepc {

const SweepModeSpec* Edition::find_mode(std::string_view mode_name) const {
    for (const SweepModeSpec& mode : modes) {
        if (mode.name == mode_name) return &mode;
    }
    return nullptr;
}

std::optional<std::string_view> Edition::entry_definition(EntryKind kind) const {
    for (const auto& [defined_kind, definition] : entry_definitions) {
        if (defined_kind == kind) return definition;
    }
    return std::nullopt;
}

const NamedSequenceLength* Edition::find_sequence_length(std::string_view sequence_name) const {
    for (const NamedSequenceLength& named : sequence_lengths) {
        if (named.name == sequence_name) return &named;
    }
    return nullptr;
}

std::optional<std::string_view> Edition::replacement_of(std::string_view construct) const {
    for (const ReplacedConstruct& replaced_construct : replaced) {
        if (replaced_construct.construct == construct) return replaced_construct.instead;
    }
    return std::nullopt;
}

std::span<const Edition* const> all_editions() {
    static const std::array<const Edition*, 2> editions{&edition_2026_03(), &edition_2026_08()};
    return editions;
}

const Edition* find_edition(std::string_view name) {
    for (const Edition* edition : all_editions()) {
        if (edition->name == name) return edition;
    }
    return nullptr;
}

const Edition& newest_edition() { return *all_editions().back(); }

std::string edition_names(std::string_view separator) {
    std::string names;
    for (const Edition* edition : all_editions()) {
        if (!names.empty()) names += separator;
        names += edition->name;
    }
    return names;
}

}  // namespace sweepc
