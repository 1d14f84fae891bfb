#pragma once
#include <nlohmann/json.hpp>

#include "plan/run.h"

namespace sweepc {

// A run as the matrix entry the benchmark workflow templates read. The keys and their order are
// the `properties` of the definition that the run's edition names for the run's kind in its
// matrix-entry schema (edition/edition.h: entry_definitions), so fields live in schemas/ only;
// optional fields (router, eval-conc, …) appear when the run has them. Workers are copied as
// written in the config, followed by the required worker fields they leave out, with their
// schema defaults; runner-model-sweep's smoke entries rebuild them with every field instead.
nlohmann::ordered_json matrix_entry(const Run& run);

}  // namespace sweepc
