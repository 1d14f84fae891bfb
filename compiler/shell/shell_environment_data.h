#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sweepc::shell {

// The settings one inference engine reads from its environment, as listed by the engine's own
// registry at a recorded version.
struct EngineVariables {
    std::string engine;                  // "vLLM"
    std::vector<std::string> prefixes;   // VLLM_
    std::string source;                  // the registry file and the commit it was copied from
    std::vector<std::string> variables;  // sorted
};

// What the shell rules know about a benchmark job's environment, from configs/shell_environment.json.
struct ShellEnvironmentData {
    std::vector<std::string> job_variables;       // set by the benchmark workflow for every run
    std::set<std::string> launcher_variables;     // exported by the runner launch scripts
    std::set<std::string> external_variables;     // shell, CI and scheduler variables: never typos
    std::vector<std::string> external_prefixes;   // SLURM_, GITHUB_, ...
    std::vector<std::string> engine_prefixes;     // VLLM_, SGLANG_, NCCL_, ...: read by the server
    std::vector<std::string> guard_commands;      // default guard names (check_env_vars)
    std::vector<EngineVariables> engines;         // known settings per engine

    // The engine whose prefix `name` carries, or null.
    const EngineVariables* engine_for(std::string_view name) const;

    bool is_job_variable(std::string_view name) const;
    bool is_launcher_variable(std::string_view name) const { return launcher_variables.count(std::string(name)) > 0; }
    bool is_external(std::string_view name) const;
    bool is_engine_setting(std::string_view name) const;
};

// The embedded configs/shell_environment.json text (generated at build time).
std::string_view shell_environment_json();

// Parsed once; the JSON is part of the build, so a malformed file is a build bug and throws.
const ShellEnvironmentData& shell_environment_data();

}  // namespace sweepc::shell
