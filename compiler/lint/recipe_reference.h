#pragma once
#include <optional>
#include <string>

#include "lint/suite_files.h"
#include "plan/run.h"
#include "plan/script_conventions.h"
#include "source/source_location.h"

namespace sweepc {

// The srt-slurm recipe a multi-node run names in its workers' additional-settings
// (`CONFIG_FILE=recipes/sglang/x.yaml[:variant]`), and where the suite's files hold it.
struct RecipeReference {
    std::string value;                // as written after `CONFIG_FILE=`
    std::string file;                 // the value up to its first ':' (the launchers' ${CONFIG_FILE%%:*})
    bool variant = false;             // a `:suffix` selects a variant inside the file
    // Relative to the suite root: where the suite's in-repo recipe folder holds the file, when the
    // value names that folder (through the checkout prefix, or directly).
    std::optional<std::string> in_repo;
    bool names_folder_directly = false;  // the value is already a path under the in-repo folder
    SourceLocation location;             // the additional-settings item that sets it
};

// None when neither worker sets the recipe setting (the template exports prefill's settings, then
// decode's, so decode's wins when both do).
std::optional<RecipeReference> recipe_reference(const Run& run, const RecipeConvention& recipes);

}  // namespace sweepc
