#pragma once
#include <string>
#include <vector>

#include "model/config.h"
#include "source/diagnostic.h"

namespace sweepc {

// The option filters the sweep modes share, with the generator's meanings.
bool list_contains(const std::vector<std::string>& list, const std::string& value);
// --model-prefix matches the start of the config *name*, not the model-prefix field.
bool key_starts_with_any(const std::string& key, const std::vector<std::string>& prefixes);
// Reports (rule "usage") a --runner-type that runners.yaml does not define, listing those it does.
void report_unknown_runner_type(const Config& config, const std::string& runner_type, Diagnostics& diagnostics);

}  // namespace sweepc
