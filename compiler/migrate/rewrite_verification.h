#pragma once
#include <optional>
#include <string>

#include "load/yaml_node.h"
#include "migrate/file_form.h"
#include "migrate/migration_plan.h"

namespace sweepc::migrate {

// Checks a rewrite by its meaning: `after`, the rewritten text parsed again, must hold exactly the
// tree the plan intends (the original tree with each rewritten config's `seq-len-configs: X` as
// `scenarios: {fixed-seq-len: X}` and the planned `kv-p2p-transfer` entries added; or the runners
// mapping under `labels`), every other key, value, type and order unchanged. Returns nothing when
// it does, otherwise what differs and where in `after`. A byte edit that misjudged a layout is
// caught here, before anything is written.
std::optional<std::string> verify_rewrite(const yaml::Document& before, const yaml::Document& after, FileKind kind,
                                          const MigrationPlan& plan);

// Parses a rewritten text for verify_rewrite; on failure says why in `problem`.
std::optional<yaml::Document> parse_rewrite(const std::string& path, const std::string& text, std::string& problem);

}  // namespace sweepc::migrate
