#pragma once
#include <optional>
#include <string>
#include <vector>

#include "edition/edition.h"
#include "load/yaml_node.h"
#include "source/diagnostic.h"

namespace sweepc {

// A construct found in an input that only one edition has: a config entry's `seq-len-configs`
// (2026-03) or `scenarios` (2026-08), a flat runners file (2026-03) or one with `labels:` /
// `hardware:` (2026-08).
struct EditionEvidence {
    const Edition* edition = nullptr;
    SourceLocation where;
    std::string construct;  // for messages: "'scenarios'", "a flat runner type mapping"
};

// Every marker of a master config document, in file order.
std::vector<EditionEvidence> master_config_evidence(const yaml::Document& document);
// The layout of a runners document, when it has one of an edition.
std::optional<EditionEvidence> runners_evidence(const yaml::Document& document);

// The edition a run reads: the forced one (--edition) when given, else the one every piece of
// evidence agrees on, else `fallback` when there is none. Evidence of two editions without
// --edition is one error (rule "edition") naming a place of each; nullptr is returned then.
const Edition* resolve_edition(const Edition* forced, const std::vector<EditionEvidence>& evidence,
                               const Edition& fallback, Diagnostics& diagnostics);

// Why a run reads its edition, for messages: "--edition 2026-08", "detected from runners.yaml:1:1".
std::string edition_reason(const Edition* forced, const std::vector<EditionEvidence>& evidence,
                           const Edition& resolved);

}  // namespace sweepc
