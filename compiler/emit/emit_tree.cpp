#include "emit/emit_tree.h"

#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "emit/file_name.h"
#include "emit/job_environment.h"
#include "emit/plan_markdown.h"
#include "emit/run_script.h"
#include "emit/shell_quote.h"
#include "emit/value_safety.h"
#include "lint/recipe_reference.h"

namespace sweepc {
namespace {

std::vector<const Run*> all_runs(const std::vector<Run>& runs) {
    std::vector<const Run*> out;
    for (const Run& run : runs) out.push_back(&run);
    return out;
}

void add_matrices(const Config& config, const std::vector<Run>& runs, const EmitSettings& settings,
                  OutputTree& tree) {
    nlohmann::ordered_json index;
    index["max-jobs"] = settings.max_jobs;
    index["total-jobs"] = runs.size();
    index["files"] = nlohmann::ordered_json::array();
    for (const MatrixPart& part : bucket_matrices(runs, *config.edition, settings.max_jobs)) {
        const std::string file = part.part_name() + ".json";
        tree["matrix/" + file] = {matrix_json(part.runs) + "\n", false};
        nlohmann::ordered_json listed;
        listed["file"] = file;
        listed["node-kind"] = part.node_kind;
        listed["seq-len"] = part.bucket;
        listed["part"] = part.part;
        listed["parts"] = part.parts;
        listed["jobs"] = part.runs.size();
        index["files"].push_back(std::move(listed));
    }
    tree["matrix/index.json"] = {index.dump(2) + "\n", false};
}

// What a run executes, on the launcher of its label's first node: every candidate script the
// launcher tries (none is taken to exist, so each is listed), or the recipe its workers name.
RunTarget target_of(const Run& run, const Config& config, const ScriptConventions& conventions) {
    ScriptSite site;
    const std::vector<std::string> launchers = launchers_of(run, config);
    if (!launchers.empty()) site.launcher = launchers.front();
    site.file_exists = [](std::string_view) { return false; };
    RunTarget target;
    target.resolution = resolve_benchmark_script(run, conventions, site);
    target.scripts = target.resolution.tried;
    if (target.resolution.script) target.scripts.push_back(*target.resolution.script);
    const EditionScriptConventions* edition = conventions.for_edition(run.edition->name);
    if (target.resolution.recipe && edition != nullptr && edition->recipes) {
        if (std::optional<RecipeReference> recipe = recipe_reference(run, *edition->recipes)) {
            target.recipe = recipe->value;
            target.recipe_in_repo = recipe->in_repo;
        }
    }
    return target;
}

bool add_run_scripts(const Config& config, const std::vector<Run>& runs, const ScriptConventions& conventions,
                     OutputTree& tree, Diagnostics& diagnostics) {
    // Two configs never share a folder, and two runs never share a file, even where names differ only
    // in case; identical rows give identical runs, and each still gets its script, numbered in plan order.
    DistinctNames folder_names("-");
    std::map<const MasterEntry*, std::string> folder_of;
    std::map<std::string, DistinctNames> file_names_in;  // folder -> names of its scripts
    std::set<const MasterEntry*> unresolved_reported;
    bool ok = true;
    for (const Run& run : runs) {
        RunTarget target = target_of(run, config, conventions);
        const ScriptResolution& resolution = target.resolution;
        if (resolution.outside_suite) {
            diagnostics.error("emit/unsafe-value", run.entry->field_location("model-prefix"),
                              describe_script_outside_suite(run, *resolution.outside_suite));
            ok = false;
            continue;
        }
        if (!resolution.script && !resolution.recipe) {
            if (unresolved_reported.insert(run.entry).second) {
                // Conventions keyed by launcher need a node to take the job: a runner label the
                // runners file lacks (or lists no nodes for) has none.
                const std::string reason =
                    resolution.launcher.empty() && config.find_runner(run.runner) == nullptr
                        ? fmt::format("runner '{}' is not a label of {}, so no node's launcher takes its jobs and "
                                      "no script convention in {} applies; the run scripts of '{}' only report "
                                      "that and exit 2",
                                      run.runner, config.runner_file, conventions.source, run.entry->key)
                        : fmt::format("no script convention in {} covers gpu '{}', so the run scripts of '{}' only "
                                      "report that and exit 2; add the gpu to a convention",
                                      conventions.source, resolution.gpu, run.entry->key);
                diagnostics.warning("emit/no-benchmark-script", run.entry->field_location("runner"), reason);
            }
        }
        auto [folder, new_entry] = folder_of.try_emplace(run.entry);
        if (new_entry) folder->second = folder_names.claim(file_name_component(run.entry->key));
        DistinctNames& files = file_names_in.try_emplace(folder->second, "_dup").first->second;
        const std::string path = fmt::format("runs/{}/{}.sh", folder->second, files.claim(run_id(run)));
        tree[path] = {run_script_text(run, target), true};
    }
    return ok;
}

// Counted before any file is made: one script per run, the matrix parts, matrix/index.json,
// full-sweep.json, plan.md and the manifest output_tree adds.
bool within_file_budget(const Config& config, const std::vector<Run>& runs, const EmitSettings& settings,
                        Diagnostics& diagnostics) {
    const std::size_t matrices = bucket_matrices(runs, *config.edition, settings.max_jobs).size();
    const std::size_t files = runs.size() + matrices + 4;
    if (files <= static_cast<std::size_t>(settings.max_files)) return true;
    diagnostics.error("budget", SourceLocation::whole_file("--max-runs"),
                      fmt::format("emit would write {} files ({} run scripts, one per run, {} matrix file{}, the "
                                  "index, full-sweep.json, plan.md and the manifest), over its budget of {} files, "
                                  "which is --max-runs; nothing was written (raise it with --max-runs)",
                                  files, runs.size(), matrices, matrices == 1 ? "" : "s", settings.max_files));
    return false;
}

// Every entry kind the plan holds must have its job environment in configs/job-environment.json.
bool has_job_environments(const Config& config, const std::vector<Run>& runs, Diagnostics& diagnostics) {
    std::set<EntryKind> missing;
    for (const Run& run : runs) {
        if (!missing.contains(run.kind) && !job_environment(run)) missing.insert(run.kind);
    }
    for (EntryKind kind : missing) {
        diagnostics.error("usage", SourceLocation::whole_file(config.runner_file),
                          fmt::format("the {} edition's entry kind '{}' has no job environment in sweepc's "
                                      "configs/job-environment.json, so emit cannot write its run scripts",
                                      config.edition->name, config.edition->entry_definition(kind).value_or("?")));
    }
    return missing.empty();
}

}  // namespace

std::optional<OutputTree> build_emit_tree(const Config& config, const std::vector<Run>& runs,
                                          const ScriptConventions& conventions, const EmitSettings& settings,
                                          Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    check_emitted_values(runs, diagnostics);
    if (diagnostics.error_count() != errors_before) return std::nullopt;
    if (!has_job_environments(config, runs, diagnostics)) return std::nullopt;
    if (!within_file_budget(config, runs, settings, diagnostics)) return std::nullopt;

    OutputTree tree;
    tree["full-sweep.json"] = {matrix_json(all_runs(runs)) + "\n", false};
    add_matrices(config, runs, settings, tree);
    if (!add_run_scripts(config, runs, conventions, tree, diagnostics)) return std::nullopt;
    tree["plan.md"] = {plan_markdown(runs, settings.input_files), false};
    return tree;
}

}  // namespace sweepc
