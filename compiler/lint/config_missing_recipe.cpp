// config/missing-recipe: a multi-node run whose launcher submits an srt-slurm recipe runs
// `srtctl apply -f "$CONFIG_FILE"` and nothing of benchmarks/; the recipe comes from the suite's
// in-repo recipe folder (copied over the srt-slurm checkout's recipes/) or from the pinned
// srt-slurm repository itself. Without CONFIG_FILE the launcher stops at once; a path that names
// the in-repo folder directly must exist there. Paths that only the pinned repository can hold are
// not judged (sweepc does not fetch it): one note says how many there are.
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "lint/config_rule.h"
#include "lint/recipe_reference.h"
#include "lint/run_scripts.h"

namespace sweepc {
namespace {

// Whether some launcher of the run submits it as a recipe; `by` names that launcher for messages.
bool submits_recipe(const Run& run, ConfigRuleContext& context, std::string& by) {
    for (const ScriptResolution& resolution :
         resolve_run_scripts(run, context.config, context.conventions, context.suite)) {
        if (!resolution.recipe) continue;
        by = resolution.launcher.empty() ? fmt::format("GPU '{}'", resolution.gpu)
                                         : fmt::format("runners/launch_{}.sh", resolution.launcher);
        return true;
    }
    return false;
}

}  // namespace

void check_missing_recipe(ConfigRuleContext& context, ConfigRuleReport& report) {
    if (!context.config.edition->resolves_benchmark_scripts) return;
    // Which runs submit recipes is the launchers' doing; without them nothing is judged.
    if (!context.suite.has_folder("runners")) return;
    std::set<const SearchSpaceRow*> reported_rows;
    // Rows without the setting, per config: one finding at the first, counting the others.
    struct Unset {
        const SearchSpaceRow* first;
        std::string launcher;
        std::set<const SearchSpaceRow*> rows;
    };
    std::map<const MasterEntry*, Unset> unset;
    std::vector<const MasterEntry*> unset_order;
    std::set<std::string> external;
    std::optional<SourceLocation> first_external;
    std::string first_external_value;
    const RecipeConvention* recipes = nullptr;
    for (const Run& run : context.runs) {
        if (!run.multinode) continue;
        const EditionScriptConventions* conventions = context.conventions.for_edition(run.edition->name);
        if (conventions == nullptr || !conventions->recipes) continue;
        recipes = &*conventions->recipes;
        std::string launcher;
        if (!submits_recipe(run, context, launcher)) continue;
        std::optional<RecipeReference> reference = recipe_reference(run, *recipes);
        if (!reference) {
            auto [it, first] = unset.try_emplace(run.entry, Unset{run.row, launcher, {}});
            it->second.rows.insert(run.row);
            if (first) unset_order.push_back(run.entry);
            continue;
        }
        if (reference->in_repo && context.suite.has_file(*reference->in_repo)) continue;
        if (reference->names_folder_directly) {
            if (!reported_rows.insert(run.row).second) continue;
            report.add(reference->location,
                       fmt::format("{} names {}, which does not exist, so `srtctl apply` fails after the launcher has "
                                   "taken the nodes; correct the path or add the recipe",
                                   recipes->setting, context.suite.path_of(reference->file)));
            continue;
        }
        if (external.insert(reference->file).second && !first_external) {
            first_external = reference->location;
            first_external_value = reference->file;
        }
    }
    for (const MasterEntry* entry : unset_order) {
        const Unset& found = unset.at(entry);
        const std::string& setting = recipes->setting;
        std::string others =
            found.rows.size() > 1 ? fmt::format(" (and {} more row(s) of it)", found.rows.size() - 1) : std::string();
        report.add(found.first->location,
                   fmt::format("this multi-node row{} of config '{}' is submitted as an srt-slurm recipe (framework "
                               "'{}' on {}), but neither worker's additional-settings sets {}, so the launcher has no "
                               "recipe to apply and the job fails after taking the nodes; add - \"{}=recipes/…\" to "
                               "the prefill's additional-settings",
                               others, entry->key, entry->framework, found.launcher, setting, setting));
    }
    if (first_external && recipes != nullptr) {
        std::string where = recipes->folder.empty()
                                ? std::string("the suite keeps no recipes of its own")
                                : fmt::format("the suite's {} does not hold them", context.suite.path_of(recipes->folder));
        report.note(*first_external,
                    fmt::format("{} recipe file(s) named by {} (the first: {}) come from the srt-slurm repository the "
                                "launchers clone, since {}; sweepc does not fetch that repository, so it did not check "
                                "that they exist",
                                external.size(), recipes->setting, first_external_value, where));
    }
}

}  // namespace sweepc
