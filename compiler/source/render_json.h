#pragma once
#include <string>

#include "source/diagnostic.h"

namespace sweepc {

// A JSON array with one object per diagnostic, in the order given:
//   {"rule", "severity", "file", "line", "column", "end_line", "end_column", "message"[, "fix"]
//    [, "fingerprint"]}
// The contract is schemas/diagnostics.schema.json (docs/diagnostics.md). Keys keep that order;
// `fix` and `fingerprint` appear only when the diagnostic has one, so the output is byte-for-byte
// stable for the same input. Ends with a newline.
std::string render_json(const Diagnostics& diagnostics);

}  // namespace sweepc
