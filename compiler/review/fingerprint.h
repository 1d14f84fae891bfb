#pragma once
#include <string>

#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

// A finding's fingerprint: the same for the same problem in another version of the suite, as
// long as the flagged text and its surroundings are unchanged, wherever the lines moved to.
// It hashes (SHA-256) the rule, the file's path relative to the suite root, the flagged line and
// the nearest non-blank line above and below it (each trimmed), and the flagged span; findings
// whose hashes coincide (the same text flagged twice in one file) are told apart by their
// occurrence, counted in file order: "<32 hex digits>:<occurrence from 1>", the shape GitHub
// uses for its own line hashes. Whole-file findings (no line) hash their message instead.
//
// Sorts `diagnostics` (occurrences count in file order) and sets every Diagnostic::fingerprint
// not set yet. Fingerprint the whole run before filtering it, so occurrences count every finding.
// `suite_root` is the folder paths are taken relative to, so a checkout anywhere, or a git
// revision materialised in a temporary folder, gives the same fingerprints.
void assign_fingerprints(Diagnostics& diagnostics, const SourceMap& sources, const std::string& suite_root);

}  // namespace sweepc
