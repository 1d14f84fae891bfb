#pragma once
#include <string_view>

#include "load/yaml_node.h"
#include "migrate/line_table.h"
#include "migrate/migration_plan.h"
#include "source/diagnostic.h"

namespace sweepc::migrate {

// Plans the rewrite of a flat runners file (runner type -> nodes, 2026-03) into the form where the
// same mapping sits under a labels key (`labels:` in 2026-08, from `plan.step`). A block file gets a `labels:` line
// before its first runner type and its lines from there on move right (comments between the entries with them; comments
// above the first entry and after the last one stay at the left as the file's header and footer); a flow file `{...}`
// becomes `{labels: {...}}`. No hardware section is added: 2026-08 needs it only for agentic configs that offload KV
// cache to DRAM, which 2026-03 cannot express.
bool plan_runners_migration(std::string_view text, const LineTable& lines, const yaml::Document& document,
                            MigrationPlan& plan, Diagnostics& diagnostics);

}  // namespace sweepc::migrate
