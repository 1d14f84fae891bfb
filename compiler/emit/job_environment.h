#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "plan/run.h"

namespace sweepc {

// How one exported variable of a benchmark job gets its value.
enum class JobValueKind {
    text,      // a value known when emitting: a field of the matrix entry, or a constant
    shell,     // a double-quoted shell expression over the variables exported before it
    node,      // RUNNER_NAME: the node the job runs on, from the environment when set
    settings,  // each NAME=value item of a worker's additional-settings, exported as is
};

struct JobVariable {
    JobValueKind kind = JobValueKind::text;
    std::string name;   // empty for `settings`
    std::string value;  // text, the shell expression, or the runner for `node`
    // `settings` only: the NAME=value items in order (a later one with the same name wins, as
    // the multi-node template's single `export` line has it).
    std::vector<std::pair<std::string, std::string>> assignments;
};

// The environment the suite's benchmark workflow template of the run's edition gives the run's
// job, in the template's order, read from configs/job-environment.json (compiled in) for the
// run's edition and entry kind and evaluated on the run's matrix entry. None when the data does
// not describe that edition or kind.
std::optional<std::vector<JobVariable>> job_environment(const Run& run);

// Whether the run's job exports its workers' additional-settings items one by one (the 2026-08
// multi-node template does; 2026-03 passes them on as one string). Such an item must then be
// NAME=value with no whitespace, as the template's unquoted `export` would otherwise split it.
bool exports_worker_settings(const Run& run);

// The NAME of a `NAME=value` additional-settings item that an `export` takes whole, or none.
std::optional<std::string> exportable_setting_name(const std::string& item);

}  // namespace sweepc
