#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plan/run.h"
#include "source/diagnostic.h"
#include "source/source_map.h"

namespace sweepc {

struct ScriptSuffix {
    std::string field;   // framework, spec-decoding, precision, model-prefix
    std::string equals;
    std::string append;
};

// One script name to try: a template with {model-prefix} {model-code} {precision} {framework}
// {gpu} {scenario-dir} {suffixes}, and the suffixes that fill {suffixes}.
struct ScriptCandidate {
    std::string script;
    std::vector<ScriptSuffix> suffixes;
};

// Which runs a convention covers, beyond its node kind and launchers or GPUs.
struct ConventionCondition {
    std::vector<std::string> frameworks;  // empty: any
    std::string scenario;                 // fixed-seq-len, agentic-coding; empty: any
    std::string without_setting;          // no worker's additional-settings sets it; empty: no condition
};

struct ScriptConvention {
    std::vector<std::string> gpus;       // GPU of the run's runner label
    std::vector<std::string> launchers;  // launcher of the node (its name up to the first '_')
    ConventionCondition when;
    // Tried in order: the launcher runs the first that exists, and the last when none does.
    std::vector<ScriptCandidate> candidates;
    bool recipe = false;  // the run submits the recipe its settings name, no benchmarks/ script
};

// Where an edition's multi-node runs find their srt-slurm recipes.
struct RecipeConvention {
    std::string setting;          // CONFIG_FILE, read from the workers' additional-settings
    std::string folder;           // the suite's in-repo recipe folder; empty: none
    std::string checkout_prefix;  // how settings name that folder inside the srt-slurm checkout
};

struct EditionScriptConventions {
    std::map<std::string, std::string, std::less<>> scenario_dirs;  // scenario -> SCENARIO_SUBDIR
    std::vector<ScriptConvention> single_node;
    std::vector<ScriptConvention> multi_node;
    std::optional<RecipeConvention> recipes;
};

// The suite's rules for which benchmark script a run executes (configs/script-conventions.yaml),
// per edition of the suite's format.
struct ScriptConventions {
    std::string source;  // the file they were read from
    std::map<std::string, EditionScriptConventions, std::less<>> editions;

    const EditionScriptConventions* for_edition(std::string_view edition) const;
};

// Reads conventions from `path`, or the built-in copy of configs/script-conventions.yaml when
// no path is given. Errors are reported located, and nothing is returned.
std::optional<ScriptConventions> load_script_conventions(const std::optional<std::string>& path, SourceMap& sources,
                                                         Diagnostics& diagnostics);

// The GPU of a node, launcher or runner type: its name up to the first '-' (b200-nb_0 -> b200),
// after the scope of a scoped label (cluster:mi355x-amds -> mi355x).
std::string gpu_of(std::string_view node_or_runner_type);

// The launcher name of a runner node: its name up to the first '_' (b200-dgxc_3 -> b200-dgxc).
std::string launcher_of_node(std::string_view node);

// The launchers that can take a run's jobs: those of its runner type's nodes, each once, in node
// order; none when the runner type is unknown.
std::vector<std::string> launchers_of(const Run& run, const Config& config);

// Where a run is resolved: on which launcher, and how to tell which candidate scripts exist.
struct ScriptSite {
    std::string launcher;                                // empty: conventions keyed by launcher do not apply
    std::function<bool(std::string_view)> file_exists;  // relative to the suite root; unset: take the first
};

struct ScriptResolution {
    std::string gpu;
    std::string launcher;
    // Relative to the suite root; none without a convention, or when the run submits a recipe.
    std::optional<std::string> script;
    std::vector<std::string> tried;      // candidates that did not exist, before `script`
    std::vector<std::string> chosen_by;  // fields whose value picked a suffix (e.g. spec-decoding)
    bool recipe = false;                 // the run submits an srt-slurm recipe instead of a script
    // The path the convention built when config values made it leave the suite root
    // ("model-prefix: ../../x"); `script` is then empty, so no command ever opens it.
    std::optional<std::string> outside_suite;
};

ScriptResolution resolve_benchmark_script(const Run& run, const ScriptConventions& conventions,
                                          const ScriptSite& site = {});

// The value of `setting` in a multi-node run's workers' additional-settings (`NAME=value`),
// prefill first; none when neither sets it.
std::optional<std::string> worker_setting(const Run& run, std::string_view setting);

// The message for a run whose benchmark script path leaves the suite root, the same in every
// command that resolves scripts (they report it at the config's model-prefix).
std::string describe_script_outside_suite(const Run& run, const std::string& script);

}  // namespace sweepc
