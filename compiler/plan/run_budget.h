#pragma once
#include <cstdint>
#include <vector>

#include "model/config.h"
#include "plan/sweep_options.h"
#include "source/diagnostic.h"

namespace sweepc {

// Counted before a sweep is expanded: how many runs a config can give, before the filters on
// concurrencies (--min-conc, --max-conc, --conc) drop any. Each fixed single-node row and each
// agentic row gives one run per concurrency (its list's length, or its range's steps by `step`),
// a fixed multi-node row one run, and every run is repeated on each of `runners`. Sums and products
// saturate at the int64 maximum.
std::int64_t config_run_bound(const MasterEntry& entry, std::int64_t step, std::int64_t runners);

struct ConfigRunCount {
    const MasterEntry* entry = nullptr;
    std::int64_t runs = 0;
};

// Whether the counted configs fit in `max_runs` runs, each and together. Each config over the
// budget is an error at its key, naming its count; a total over it is one error at the largest
// config. Rule "budget" (exit 1).
bool within_run_budget(const std::vector<ConfigRunCount>& counts, std::int64_t max_runs, Diagnostics& diagnostics);

}  // namespace sweepc
