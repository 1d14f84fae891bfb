#pragma once
#include <string>

#include "lint/suite_check.h"
#include "source/diagnostic.h"

namespace sweepc {

// `sweepc check --new-since REV`: keeps the findings present now that were not present at REV,
// wherever they are, so a change that breaks an untouched line (a renamed script, a removed
// runner) is reported where it broke. The suite at REV is materialised from git into a temporary
// folder (review/revision_tree.h) and checked with the same inputs mapped into it; findings are
// matched by fingerprint (review/fingerprint.h), so lines that only moved match.
//
// `current` is what `diagnostics` were checked with; they must be fingerprinted. Usage and I/O
// errors of the current run are always kept. Returns false (and reports why) when REV could not
// be checked at all: then nothing was filtered.
bool keep_findings_new_since(const std::string& revision, const SuiteCheckInputs& current, Diagnostics& diagnostics);

}  // namespace sweepc
