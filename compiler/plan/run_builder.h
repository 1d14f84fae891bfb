#pragma once
#include <string>

#include "plan/run.h"

namespace sweepc {

// The fields every run of an entry and block shares, filled in one place so the sweep modes
// cannot drift apart. A fixed-sequence-length run gets the block's isl/osl, max-model-len (with
// the edition's margin) and exp-name; its concurrency is the caller's.
Run make_run(const Edition& edition, const MasterEntry& entry, const SeqLenConfig& seq_len, const SearchSpaceRow& row,
             std::string runner);

// An agentic-coding run at one concurrency (single-node: `conc`; multi-node: `[conc]`), with its
// exp-name, duration and KV offload budget.
Run make_agentic_run(const Edition& edition, const MasterEntry& entry, const SearchSpaceRow& row, std::string runner,
                     std::int64_t conc);

}  // namespace sweepc
