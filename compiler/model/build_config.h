#pragma once
#include "load/yaml_node.h"
#include "model/config.h"
#include "source/diagnostic.h"

namespace sweepc {

// Turns a schema-checked runners document into runner types (labels) and, where the edition has
// them, hardware entries. Sets config.runner_file. Uses config.edition for the file's layout.
void build_runner_types(const yaml::Document& document, Config& config);

// Turns schema-checked master config documents into typed entries, with their fixed and agentic
// blocks found where config.edition keeps them, and checks the rules a schema cannot express
// (model/config_checks.h). Runners must be built first: agentic KV offload budgets need their
// hardware. Appends to `config`; documents with schema errors are built as far as they are typed.
void build_master_entries(const yaml::Document& document, Config& config, Diagnostics& diagnostics);

}  // namespace sweepc
