#pragma once
#include <string>
#include <string_view>

#include "edition/edition.h"

namespace sweepc {

// Which of an edition's schemas a field is looked up in.
using EditionSchema = std::string_view Edition::*;  // &Edition::master_config_schema, …

// The edition other than `edition` whose schema of that kind has a field of this name anywhere,
// when `edition`'s own schema has none; nullptr otherwise.
const Edition* edition_with_field(const Edition& edition, EditionSchema schema, std::string_view field);

// The edition other than `edition` whose `mode` takes `option`, or nullptr.
const Edition* edition_with_option(const Edition& edition, std::string_view mode, std::string_view option);
// The edition other than `edition` that has the sweep mode `mode`, or nullptr.
const Edition* edition_with_mode(const Edition& edition, std::string_view mode);

// "'X' belongs to the 2026-03 edition, and this run reads 2026-08 (REASON); in 2026-08: HINT".
// `reason` says why the run reads its edition (edition/detect_edition.h: edition_reason).
std::string foreign_construct_note(std::string_view construct, const Edition& owner, const Edition& edition,
                                   std::string_view reason);

}  // namespace sweepc
