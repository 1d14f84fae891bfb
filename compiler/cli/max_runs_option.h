#pragma once
#include <cstdint>

#include <CLI/CLI.hpp>

namespace sweepc {

// `--max-runs N` on matrix, emit, check, diff and changelog (the commands that expand configs into
// runs): the budget of plan/run_budget.h, counted before any run is made (default:
// plan/sweep_options.h's default_max_runs). `emit` also writes at most that many files.
void add_max_runs_option(CLI::App& command, std::int64_t& max_runs);

}  // namespace sweepc
