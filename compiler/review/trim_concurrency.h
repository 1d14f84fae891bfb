#pragma once
#include <vector>

#include "review/changelog_sweeps.h"

namespace sweepc {

// The changelog processor's --trim-conc (2026-08), for PRs that only need to show a change runs:
// one point per recipe. A multi-node row keeps only its lowest concurrency; of the single-node
// rows that differ only in concurrency (and the exp-name that names it), the one with the lowest
// concurrency stays (the first of equals), in place, and the others go.
void trim_concurrency(std::vector<ChangelogRow>& rows);

}  // namespace sweepc
