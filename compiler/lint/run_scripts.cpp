#include "lint/run_scripts.h"

#include <algorithm>

namespace sweepc {

std::vector<ScriptResolution> resolve_run_scripts(const Run& run, const Config& config,
                                                  const ScriptConventions& conventions, SuiteFiles& suite) {
    std::vector<ScriptResolution> resolutions;
    const bool has_launchers = suite.has_folder("runners");
    for (const std::string& launcher : launchers_of(run, config)) {
        if (has_launchers && !suite.has_file(launcher_for_node(launcher))) continue;
        ScriptSite site{launcher, [&suite](std::string_view relative) { return suite.has_file(relative); }};
        ScriptResolution resolution = resolve_benchmark_script(run, conventions, site);
        const bool seen = std::any_of(resolutions.begin(), resolutions.end(), [&](const ScriptResolution& other) {
            return other.script == resolution.script && other.recipe == resolution.recipe &&
                   other.gpu == resolution.gpu && other.tried == resolution.tried;
        });
        if (!seen) resolutions.push_back(std::move(resolution));
    }
    return resolutions;
}

}  // namespace sweepc
