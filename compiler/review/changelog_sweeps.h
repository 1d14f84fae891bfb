#pragma once
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/config.h"
#include "plan/run.h"
#include "plan/sweep_options.h"
#include "review/changelog.h"
#include "source/diagnostic.h"

namespace sweepc {

// One job the changelog schedules: the run, and its matrix entry as the generator prints it
// (emit/matrix_entry), which is what the processor trims, compares for append-only entries and
// fingerprints. Trimming and append-only deltas narrow a multi-node row's concurrencies in both.
struct ChangelogRow {
    Run run;
    nlohmann::ordered_json entry;
};

// What the processor's options ask (the suite's workflow passes them for PR labels).
struct ChangelogOptions {
    bool trim_conc = false;   // one concurrency per parallelism, the lowest
    bool all_evals = false;   // every entry's evals expanded as with an all-evals entry
    bool evals_only = false;  // no throughput runs for any entry
    std::int64_t max_runs = default_max_runs;  // --max-runs: the configs the entries name, counted before expanding
};

// The sweep the added entries call for. Throughput rows are bucketed by node kind and sequence
// length (or the agentic bucket); eval rows (2026-08 on) have buckets of their own. 2026-03
// marks evals inside the throughput rows instead and leaves `evals` empty.
struct ChangelogSweep {
    std::vector<ChangelogRow> throughput;
    std::vector<ChangelogRow> evals;
};

// Resolves the added entries with the processor of the configs' edition
// (Edition::changelog.processor): entry checks, config-keys resolution, the test-config sweeps it
// calls for, and for 2026-08 append-only deltas, eval filters, --trim-conc and recipe
// fingerprints. Before any sweep is expanded, the configs the entries name are counted against
// `options.max_runs` (plan/run_budget.h), each once; every sweep it then runs keeps that budget too. `base` holds the configs at the base revision, read for append-only entries only
// (nullptr: they did not load, which was reported). Every problem is reported, located on the
// head version of the changelog; nothing is returned when there was one.
std::optional<ChangelogSweep> changelog_sweep(const AddedChangelog& added, const Config& head, const Config* base,
                                              const ChangelogOptions& options, Diagnostics& diagnostics);

// Whether any added entry asks for append-only points (then the base revision's configs are needed).
bool has_append_only_entries(const AddedChangelog& added);

}  // namespace sweepc
