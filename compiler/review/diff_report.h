#pragma once
#include <string>
#include <vector>

#include "review/sweep_diff.h"
#include "source/diagnostic.h"

#include <nlohmann/json.hpp>

namespace sweepc {

// A sweep diff as a PR comment: totals table, one section per changed config with its field
// changes ("image v0.16.0 -> v0.18.0 affects 35 runs"), runs added and removed (in <details>
// when long), and the findings (uncovered changes) at the top.
std::string render_diff_markdown(const SweepDiff& diff, const std::vector<Diagnostic>& findings);

// The same as JSON (documented in docs/review.md), pretty-printed, ending with a newline.
std::string render_diff_json(const SweepDiff& diff, const std::vector<Diagnostic>& findings);

// "v0.16.0 -> v0.18.0" for two images of one repository, else both values in full.
std::string describe_value_change(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after);

}  // namespace sweepc
