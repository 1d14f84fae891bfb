#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/run.h"
#include "source/diagnostic.h"

namespace sweepc {

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
std::string github_output_text(const std::vector<Run>& runs, std::size_t max_jobs,
                               const std::function<std::string()>& make_delimiter);

// Appends github_output_text to the file named by $GITHUB_OUTPUT. Reports an "io" error (and
// writes nothing) when the variable is unset or the file cannot be appended to.
bool append_github_output(const std::vector<Run>& runs, std::size_t max_jobs, Diagnostics& diagnostics);

}  // namespace sweepc
