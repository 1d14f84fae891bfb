#pragma once
#include <string>

#include "plan/run.h"

namespace sweepc {

// The fields every run of an entry and sequence length shares, filled in one place so the three
// sweep modes cannot drift apart.
Run make_run(const MasterEntry& entry, const SeqLenConfig& seq_len, const SearchSpaceRow& row, std::string runner);

}  // namespace sweepc
