#pragma once
#include <vector>

#include "plan/run.h"
#include "source/diagnostic.h"

namespace sweepc {

// Config values reach generated scripts, file names and GitHub Actions outputs. Most hostile
// text ($( ), backticks, quotes) is carried safely by quoting; what cannot be is rejected here,
// with a located error under rule "emit/unsafe-value":
//  - control characters (newline, carriage return, tab, NUL, ...): they end a line of a
//    script comment, a $GITHUB_OUTPUT record or a log, and no image, model or name has one;
//  - "${{": GitHub Actions expression syntax, which a workflow pasting the value into its own
//    text would evaluate.
//  - '/' in model-prefix, precision, framework or a runner node name: these become parts of file
//    names (the benchmark script, RESULT_FILENAME), where a '/' names another folder.
// Each distinct config value is checked once, whatever the number of runs using it.
void check_emitted_values(const std::vector<Run>& runs, Diagnostics& diagnostics);

}  // namespace sweepc
