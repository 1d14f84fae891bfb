#pragma once
#include <optional>
#include <string>
#include <vector>

#include "review/changelog_sweeps.h"

namespace sweepc {

// What an append-only changelog entry runs (2026-08): of the head revision's rows, only the
// concurrency points the base revision's rows of the same configs lack. A curve is a recipe (a
// row without its point-level keys, review/recipe_fingerprint); the change may add points to
// curves and add recipes, but every base recipe and point must stay, and every added point must
// belong to a chart series (model, runner, framework, precision, scenario, sequence lengths, KV
// offloading on/off, spec-decoding, worker hardware) whose base rows all use the added row's
// image. Rows keep their order; a multi-node row keeps its added concurrencies in source order.
struct AppendOnlyDelta {
    std::vector<ChangelogRow> rows;
    std::optional<std::string> problem;  // why the change is not append-only; then `rows` is empty
};
AppendOnlyDelta append_only_delta(const std::vector<ChangelogRow>& base, const std::vector<ChangelogRow>& head);

}  // namespace sweepc
