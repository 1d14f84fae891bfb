#pragma once
#include <string>
#include <vector>

#include "source/diagnostic.h"

namespace sweepc {

// Reports, under rule "usage", every config file given more than once: by the same path, by
// another spelling of it (./a.yaml, dir/../a.yaml) or through a link to the same file. The suite's
// generator would read it twice and double every run; sweepc refuses it instead. True when none is.
bool check_distinct_inputs(const std::vector<std::string>& files, Diagnostics& diagnostics);

}  // namespace sweepc
