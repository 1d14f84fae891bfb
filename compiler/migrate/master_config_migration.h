#pragma once
#include <string_view>
#include <vector>

#include "load/yaml_node.h"
#include "migrate/line_table.h"
#include "migrate/migration_plan.h"
#include "source/diagnostic.h"

namespace sweepc::migrate {

// Plans the rewrite of a master config along `plan.step` (2026-03 to 2026-08, say). In a block
// config
//
//       seq-len-configs:            becomes      scenarios:
//       - isl: 1024                                fixed-seq-len:
//         ...                                      - isl: 1024
//                                                    ...
// (the value's lines, comments among them, move right by the config's own indentation step);
// in a flow config `seq-len-configs: X` becomes `scenarios: {fixed-seq-len: X}`. The value's own
// text (flow or block style, anchors, aliases, quoting, comments) is kept. The key names come
// from the step; the picture shows 2026-03 to 2026-08. Each insertion in
// `kv_transfer` adds `kv-p2p-transfer: BACKEND` after the config's `disagg` entry. Returns false,
// with located errors, for configs it cannot rewrite safely.
bool plan_master_config_migration(std::string_view text, const LineTable& lines, const yaml::Document& document,
                                  const std::vector<KvTransferInsertion>& kv_transfer, MigrationPlan& plan,
                                  Diagnostics& diagnostics);

}  // namespace sweepc::migrate
