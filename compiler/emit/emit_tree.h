#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "emit/matrix_split.h"
#include "emit/output_tree.h"
#include "plan/run.h"
#include "plan/sweep_options.h"
#include "plan/script_conventions.h"
#include "source/diagnostic.h"

namespace sweepc {

struct EmitSettings {
    std::vector<std::string> input_files;  // named in plan.md, as given on the command line
    std::size_t max_jobs = default_max_jobs;
    // The most files to write (--max-runs: one script per run, plus the matrices and the plan).
    std::int64_t max_files = default_max_runs;
};

// Everything `sweepc emit` writes, from the resolved full sweep:
//   full-sweep.json            the whole plan, as `sweepc matrix full-sweep` prints it
//   matrix/<kind>-<bucket>[-part-<n>].json   fromJson-ready matrices, none over max_jobs (buckets:
//                              the edition's sequence lengths, `agentic`, `other`)
//   matrix/index.json          every matrix file with its job count
//   runs/<config>/<run-id>.sh  one script per run
//   plan.md                    the sweep in human terms
// Returns nothing when a value cannot be emitted safely, or when the files are more than
// settings.max_files, counted before any is made (errors are reported).
// Each run's script is resolved on the launcher of its runner label's first node (config's runners
// file), listing every candidate the launcher would try.
std::optional<OutputTree> build_emit_tree(const Config& config, const std::vector<Run>& runs,
                                          const ScriptConventions& conventions, const EmitSettings& settings,
                                          Diagnostics& diagnostics);

}  // namespace sweepc
