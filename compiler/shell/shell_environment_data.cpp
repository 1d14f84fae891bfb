#include "shell/shell_environment_data.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace sweepc::shell {
namespace {

bool has_any_prefix(std::string_view name, const std::vector<std::string>& prefixes) {
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](const std::string& prefix) { return name.starts_with(prefix) && name.size() > prefix.size(); });
}

ShellEnvironmentData parse_shell_environment(std::string_view text) {
    nlohmann::json json = nlohmann::json::parse(text);
    ShellEnvironmentData data;
    data.job_variables = json.at("job_variables").get<std::vector<std::string>>();
    for (const auto& name : json.at("launcher_variables")) data.launcher_variables.insert(name.get<std::string>());
    for (const auto& name : json.at("external_variables")) data.external_variables.insert(name.get<std::string>());
    data.external_prefixes = json.at("external_prefixes").get<std::vector<std::string>>();
    data.engine_prefixes = json.at("engine_prefixes").get<std::vector<std::string>>();
    data.guard_commands = json.at("guard_commands").get<std::vector<std::string>>();
    for (const auto& engine : json.at("engines")) {
        EngineVariables known;
        known.engine = engine.at("engine").get<std::string>();
        known.prefixes = engine.at("prefixes").get<std::vector<std::string>>();
        known.source = engine.at("source").get<std::string>();
        known.variables = engine.at("variables").get<std::vector<std::string>>();
        std::sort(known.variables.begin(), known.variables.end());
        data.engines.push_back(std::move(known));
    }
    return data;
}

}  // namespace

bool ShellEnvironmentData::is_job_variable(std::string_view name) const {
    return std::find(job_variables.begin(), job_variables.end(), name) != job_variables.end();
}

bool ShellEnvironmentData::is_external(std::string_view name) const {
    return external_variables.count(std::string(name)) > 0 || has_any_prefix(name, external_prefixes);
}

bool ShellEnvironmentData::is_engine_setting(std::string_view name) const {
    return has_any_prefix(name, engine_prefixes);
}

const EngineVariables* ShellEnvironmentData::engine_for(std::string_view name) const {
    for (const EngineVariables& engine : engines) {
        if (has_any_prefix(name, engine.prefixes)) return &engine;
    }
    return nullptr;
}

const ShellEnvironmentData& shell_environment_data() {
    static const ShellEnvironmentData data = parse_shell_environment(shell_environment_json());
    return data;
}

}  // namespace sweepc::shell
