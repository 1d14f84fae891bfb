#pragma once
#include <nlohmann/json.hpp>

#include "plan/run.h"

namespace sweepc {

// A run as the matrix entry the benchmark workflow templates read, keys in the generator's order.
// Multi-node workers are copied as written in the config under the sweep layout, and rebuilt with
// every field (additional-settings defaulting to []) under the runner-model layout.
nlohmann::ordered_json matrix_entry(const Run& run);

}  // namespace sweepc
