#pragma once
#include <string>
#include <string_view>

#include "source/diagnostic.h"

namespace sweepc {

// GitHub Actions workflow commands, one line per diagnostic, which the runner turns into
// annotations on the pull request:
//   ::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::message
// `::warning` and `::notice` (for notes) likewise. Position properties are left out when the
// diagnostic has no line; a fix is appended to the message as "\nfix: ...".
std::string render_github(const Diagnostics& diagnostics);

// The escaping the runner undoes: data (the message) escapes %, CR and LF; property values
// additionally escape ':' and ',' because those delimit the properties.
std::string escape_github_data(std::string_view text);
std::string escape_github_property(std::string_view text);

}  // namespace sweepc
