#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "plan/run.h"
#include "source/diagnostic.h"

namespace sweepc {

// GitHub's limit on the outputs of one job: "a maximum of 1 MB per job ... approximated based on
// UTF-16 encoding" (docs: "Passing information between jobs").
inline constexpr std::size_t github_job_outputs_limit_bytes = 1024 * 1024;

// The size GitHub counts for an output: two bytes per UTF-16 code unit of the text (one unit per
// character below U+10000, two above; a byte that is not UTF-8 counts as one replacement character).
std::size_t github_output_size(std::string_view utf8);

// A fresh "ghadelimiter_<32 random hex digits>", as GitHub's own toolkit makes them.
std::string random_output_delimiter();

// One $GITHUB_OUTPUT record in the multi-line form: "key<<DELIM\nvalue\nDELIM\n". Delimiters are
// drawn from `make_delimiter` until one does not occur in the value, so no value can end its
// record early and smuggle in another key.
std::string github_output_record(std::string_view key, std::string_view value,
                                 const std::function<std::string()>& make_delimiter);

// The records for a sweep: single-node-config and multi-node-config, then one per node kind and
// sequence-length bucket (single-node-1k1k-config, ..., multi-node-other-config), always all of
// them ("[]" when empty) so a workflow can refer to any. A matrix over `max_jobs` is written as
// <name>-part-<n>-config keys instead of <name>-config; <name>-parts always gives the count.
std::string github_output_text(const std::vector<Run>& runs, const Edition& edition, std::size_t max_jobs,
                               const std::function<std::string()>& make_delimiter);

// The size GitHub counts for one complete copy of the sweep's matrices: every bucket matrix (each
// run once), key and value. A job that passes the sweep on through its outputs needs at least this.
std::size_t sweep_outputs_size(const std::vector<Run>& runs, const Edition& edition, std::size_t max_jobs);

// Appends github_output_text to the file named by $GITHUB_OUTPUT. Refuses with a usage error
// (writing nothing) when sweep_outputs_size is over github_job_outputs_limit_bytes, saying by how
// much and what to do instead (`sweepc emit` and an artifact). Reports an "io" error (and writes
// nothing) when the variable is unset or the file cannot be appended to.
bool append_github_output(const std::vector<Run>& runs, const Edition& edition, std::size_t max_jobs,
                          Diagnostics& diagnostics);

// Appends "key=value" lines (values on one line) to $GITHUB_OUTPUT, with the same errors.
bool append_github_output_lines(const std::vector<std::pair<std::string, std::string>>& outputs,
                                Diagnostics& diagnostics);

}  // namespace sweepc
