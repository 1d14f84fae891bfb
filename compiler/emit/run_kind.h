#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "plan/run.h"

namespace sweepc {

// Whether the edition's configs have scenario types (fixed-seq-len and agentic-coding blocks),
// so plans and diffs name each run's scenario type.
bool has_scenario_types(const Edition& edition);

// The scenario type of a run, as the matrix entry's scenario-type names it: fixed-seq-len or
// agentic-coding.
const char* scenario_type_name(const Run& run);

// The kind of job a run is, as plans and diffs count them: "single-node fixed-seq-len",
// "multi-node agentic-coding", …
std::string run_kind_name(const Run& run);

// Every kind in the order plans list them.
const std::vector<std::string>& run_kind_names();

// "-pp2-dcp4" (with separator "-") for the parallelism the suite added in 2026-08, each only
// where it is not 1, so names and plans of editions without it read as before.
std::string extra_parallelism(std::int64_t pp, std::int64_t dcp_size, std::int64_t pcp_size,
                              std::string_view separator);

// The concurrencies at which the run's job also runs evals, in its entry's terms: a single-node
// run marked for eval at its concurrency; a multi-node one at its eval-conc, or at every
// concurrency with eval-all-concs; none when it is not marked.
std::vector<std::int64_t> eval_concurrencies(const Run& run);

}  // namespace sweepc
