#include "emit/emit_tree.h"

#include <map>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "emit/plan_markdown.h"
#include "emit/run_script.h"
#include "emit/shell_quote.h"
#include "emit/value_safety.h"

namespace sweepc {
namespace {

std::vector<const Run*> all_runs(const std::vector<Run>& runs) {
    std::vector<const Run*> out;
    for (const Run& run : runs) out.push_back(&run);
    return out;
}

// A resolved script path is joined to the suite root; one climbing out of it (a model-prefix
// such as "../../x") or an absolute one would run a file outside the suite.
bool stays_inside_suite(const std::string& script) {
    if (script.empty() || script.front() == '/') return false;
    for (const auto& part : std::filesystem::path(script)) {
        if (part == "..") return false;
    }
    return true;
}

void add_matrices(const std::vector<Run>& runs, const EmitSettings& settings, OutputTree& tree) {
    nlohmann::ordered_json index;
    index["max-jobs"] = settings.max_jobs;
    index["total-jobs"] = runs.size();
    index["files"] = nlohmann::ordered_json::array();
    for (const MatrixPart& part : bucket_matrices(runs, settings.max_jobs)) {
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

bool add_run_scripts(const std::vector<Run>& runs, const ScriptConventions& conventions, OutputTree& tree,
                     Diagnostics& diagnostics) {
    std::map<std::string, int> uses;  // file path -> runs that wanted it, to number duplicates
    std::set<const MasterEntry*> unresolved_reported;
    bool ok = true;
    for (const Run& run : runs) {
        ScriptResolution resolution = resolve_benchmark_script(run, conventions);
        if (!resolution.script && !resolution.recipe) {
            if (unresolved_reported.insert(run.entry).second) {
                diagnostics.warning("emit/no-benchmark-script", run.entry->field_location("runner"),
                                    fmt::format("no script convention in {} covers gpu '{}', so the run scripts of "
                                                "'{}' only report that and exit 2; add the gpu to a convention",
                                                conventions.source, resolution.gpu, run.entry->key));
            }
        } else if (resolution.script && !stays_inside_suite(*resolution.script)) {
            diagnostics.error("emit/unsafe-value", run.entry->field_location("model-prefix"),
                              fmt::format("the benchmark script of '{}' resolves to '{}', outside the suite root; "
                                          "model-prefix, precision and framework must not contain '/' or '..'",
                                          run.entry->key, *resolution.script));
            ok = false;
            continue;
        }
        const std::string stem = fmt::format("runs/{}/{}", file_name_component(run.entry->key), run_id(run));
        const int seen = uses[stem]++;
        // Identical rows give identical runs; each still gets its script, numbered in plan order.
        const std::string path = seen == 0 ? stem + ".sh" : fmt::format("{}_dup{}.sh", stem, seen + 1);
        tree[path] = {run_script_text(run, resolution), true};
    }
    return ok;
}

}  // namespace

std::optional<OutputTree> build_emit_tree(const std::vector<Run>& runs, const ScriptConventions& conventions,
                                          const EmitSettings& settings, Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    check_emitted_values(runs, diagnostics);
    if (diagnostics.error_count() != errors_before) return std::nullopt;

    OutputTree tree;
    tree["full-sweep.json"] = {matrix_json(all_runs(runs)) + "\n", false};
    add_matrices(runs, settings, tree);
    if (!add_run_scripts(runs, conventions, tree, diagnostics)) return std::nullopt;
    tree["plan.md"] = {plan_markdown(runs, settings.input_files), false};
    return tree;
}

}  // namespace sweepc
