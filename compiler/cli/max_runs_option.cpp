#include "cli/max_runs_option.h"

#include "cli/integer_option.h"

namespace sweepc {

void add_max_runs_option(CLI::App& command, std::int64_t& max_runs) {
    command
        .add_option("--max-runs", max_runs,
                    "Most runs to expand the configs into, counted before expanding (a config or sweep over it is "
                    "refused)")
        ->capture_default_str()
        ->check(integer_option(max_runs));
}

}  // namespace sweepc
