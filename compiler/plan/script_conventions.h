#pragma once
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

struct ScriptConvention {
    std::vector<std::string> gpus;
    std::string script;  // template with {model-prefix} {precision} {framework} {gpu} {suffixes}
    std::vector<ScriptSuffix> suffixes;
};

// The suite's rules for which benchmark script a run executes (configs/script-conventions.yaml).
struct ScriptConventions {
    std::string source;  // the file they were read from
    std::vector<ScriptConvention> single_node;
    std::vector<ScriptConvention> multi_node;
};

// Reads conventions from `path`, or the built-in copy of configs/script-conventions.yaml when
// no path is given. Errors are reported located, and nothing is returned.
std::optional<ScriptConventions> load_script_conventions(const std::optional<std::string>& path, SourceMap& sources,
                                                         Diagnostics& diagnostics);

// The GPU of a node or runner type: its name up to the first '-' (b200-nb_0 -> b200), after the
// scope of a scoped label (cluster:mi355x-amds -> mi355x).
std::string gpu_of(std::string_view node_or_runner_type);

struct ScriptResolution {
    std::string gpu;
    std::optional<std::string> script;      // relative to the suite root; none without a convention
    std::vector<std::string> chosen_by;     // fields whose value picked a suffix (e.g. spec-decoding)
};

ScriptResolution resolve_benchmark_script(const Run& run, const ScriptConventions& conventions);

}  // namespace sweepc
