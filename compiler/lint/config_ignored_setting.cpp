// config/ignored-setting: the job passes `ep` as EP_SIZE, `dp-attn` as DP_ATTENTION and
// `spec-decoding` as SPEC_DECODING; a row that sets one of them measures nothing new unless the
// benchmark script reads that variable. The run is reported as expert-parallel (or with MTP) while
// the server ran without it. A setting that chose the script (spec-decoding mtp picking the
// `_mtp` file) is used by that choice. Single-node only: multi-node workers reach their scripts
// through other variables.
#include <algorithm>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "lint/config_rule.h"
#include "lint/run_scripts.h"

namespace sweepc {
namespace {

struct JobSetting {
    std::string_view field;
    std::string_view variable;
};

bool chosen_by(const ScriptResolution& resolution, std::string_view field) {
    return std::find(resolution.chosen_by.begin(), resolution.chosen_by.end(), field) != resolution.chosen_by.end();
}

std::vector<JobSetting> settings_in_effect(const Run& run) {
    std::vector<JobSetting> settings;
    if (run.ep > 1) settings.push_back({"ep", "EP_SIZE"});
    if (run.dp_attn) settings.push_back({"dp-attn", "DP_ATTENTION"});
    if (run.spec_decoding != "none") settings.push_back({"spec-decoding", "SPEC_DECODING"});
    return settings;
}

// With data-parallel attention, an engine spreads the experts over all the attention ranks
// (SGLang's deepep and megamoe backends force ep = tp): `ep` equal to `tp` on a dp-attn row is
// then what the server runs whenever the script reads DP_ATTENTION, without an EP_SIZE flag.
bool follows_data_parallel_attention(const Run& run, const std::set<std::string>& read) {
    return run.dp_attn && run.ep == run.tp && read.count("DP_ATTENTION") > 0;
}

}  // namespace

void check_ignored_setting(ConfigRuleContext& context, ConfigRuleReport& report) {
    // Which script a run of this edition executes is not known to sweepc yet (check says so once).
    if (!context.config.edition->resolves_benchmark_scripts) return;
    if (!context.suite.has_folder("benchmarks")) return;
    std::set<std::tuple<const SearchSpaceRow*, std::string_view>> reported;
    for (const Run& run : context.runs) {
        if (run.multinode) continue;
        std::vector<JobSetting> settings = settings_in_effect(run);
        if (settings.empty()) continue;
        for (const ScriptResolution& resolution :
             resolve_run_scripts(run, context.config, context.conventions, context.suite)) {
            if (!resolution.script || context.suite.script(*resolution.script) == nullptr) continue;
            const std::set<std::string>& read = context.suite.variables_read(*resolution.script);
            for (const JobSetting& setting : settings) {
                if (read.count(std::string(setting.variable)) > 0 || chosen_by(resolution, setting.field)) continue;
                if (setting.field == "ep" && follows_data_parallel_attention(run, read)) continue;
                if (!reported.insert({run.row, setting.field}).second) continue;
                report.add(field_span(run.row->node, setting.field),
                           fmt::format("'{}' reaches the job as {}, but {} never reads {}, so these runs are "
                                       "benchmarked without it; read {} in the script (pass it to the server), or "
                                       "remove the setting from this row",
                                       setting.field, setting.variable, context.suite.path_of(*resolution.script),
                                       setting.variable, setting.variable));
            }
        }
    }
}

}  // namespace sweepc
