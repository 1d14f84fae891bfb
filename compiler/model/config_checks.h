#pragma once
#include "model/config.h"
#include "source/diagnostic.h"

namespace sweepc {

// The rules of a config entry that a schema cannot express, all reported (rule "schema") at the
// value they are about:
// - at least one non-empty scenario (2026-08), agentic configs on a `cluster:` runner;
// - `tp` a multiple of `dcp-size` (rows and workers); prefill and decode both set `hardware` or
//   neither;
// - `router` and `kv-p2p-transfer` at the top level or in rows, not both; `disagg: true` needs a
//   kv-p2p-transfer backend when the edition says so;
// - agentic rows: `kv-offload-backend` exactly when `kv-offloading` is `dram`, component versions
//   that are not image references, and for `dram` rows the block's `dram-utilization` and the
//   runner's hardware, from which each row's `total-cpu-dram-gb` is computed here;
// - an empty `conc-list` beside a range in a fixed row, when the edition refuses it.
// Rules about fields an edition does not have find nothing to check in its configs.
void check_entry(MasterEntry& entry, const Config& config, Diagnostics& diagnostics);

}  // namespace sweepc
