#pragma once
#include <string>
#include <vector>

#include "migrate/edition_compatibility.h"
#include "migrate/edition_step.h"
#include "migrate/text_edits.h"

namespace sweepc::migrate {

// The byte edits that rewrite one file, and what they mean (for the summary and for checking the
// result against the intended tree).
struct MigrationPlan {
    EditionStep step;
    TextEdits edits;
    std::vector<std::string> migrated_configs;           // master config: names of rewritten configs
    std::vector<KvTransferInsertion> kv_transfer_added;  // master config: declarations added
    int runner_types = 0;                                // runners file: entries moved under labels
};

}  // namespace sweepc::migrate
