#pragma once
#include <string>

#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

// clang style: `file:line:col: error: message [rule]`, then the source line, a caret under the
// span, and a `fix:` line when the diagnostic has one. `color` adds ANSI colours for terminals.
std::string render_human(const Diagnostics& diagnostics, const SourceMap& sources, bool color = false);
std::string render_human(const Diagnostic& diagnostic, const SourceMap& sources, bool color = false);

}  // namespace sweepc
