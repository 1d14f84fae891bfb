#pragma once
#include "load/yaml_node.h"
#include "model/config.h"
#include "source/diagnostic.h"

namespace sweepc {

// Turns schema-valid master config documents into typed entries, checking the rules a schema
// cannot express (concurrency range order, range or list but not both). Appends to `config`.
void build_master_entries(const yaml::Document& document, Config& config, Diagnostics& diagnostics);

// Turns a schema-valid runners document into runner types.
void build_runner_types(const yaml::Document& document, Config& config);

}  // namespace sweepc
