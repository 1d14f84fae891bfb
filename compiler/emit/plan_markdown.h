#pragma once
#include <string>
#include <vector>

#include "plan/run.h"

namespace sweepc {

// plan.md: the sweep in human terms. A summary table of every config, then per config and
// sequence length the search-space rows with their concurrency lists, job counts and GPU totals
// (tp x jobs for single-node; the prefill and decode workers' GPUs x jobs for multi-node).
// Config values are escaped so they render as text, never as markup.
std::string plan_markdown(const std::vector<Run>& runs, const std::vector<std::string>& input_files);

// The GPUs one job of the run occupies: tp for single-node, the sum of num-worker x tp over the
// prefill and decode workers for multi-node.
std::int64_t gpus_per_job(const Run& run);

}  // namespace sweepc
