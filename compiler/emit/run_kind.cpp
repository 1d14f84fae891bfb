#include "emit/run_kind.h"

#include <fmt/format.h>

namespace sweepc {

bool has_scenario_types(const Edition& edition) { return !edition.agentic_blocks_path.empty(); }

const char* scenario_type_name(const Run& run) { return run.agentic ? "agentic-coding" : "fixed-seq-len"; }

std::string run_kind_name(const Run& run) {
    return fmt::format("{} {}", run.multinode ? "multi-node" : "single-node", scenario_type_name(run));
}

const std::vector<std::string>& run_kind_names() {
    static const std::vector<std::string> names{"single-node fixed-seq-len", "single-node agentic-coding",
                                                "multi-node fixed-seq-len", "multi-node agentic-coding"};
    return names;
}

std::string extra_parallelism(std::int64_t pp, std::int64_t dcp_size, std::int64_t pcp_size,
                              std::string_view separator) {
    std::string out;
    if (pp != 1) out += fmt::format("{}pp{}", separator, pp);
    if (dcp_size != 1) out += fmt::format("{}dcp{}", separator, dcp_size);
    if (pcp_size != 1) out += fmt::format("{}pcp{}", separator, pcp_size);
    return out;
}

std::vector<std::int64_t> eval_concurrencies(const Run& run) {
    if (!run.marked_for_eval()) return {};
    if (!run.multinode || run.eval_all_concs) return run.conc;
    if (run.eval_conc) return {*run.eval_conc};
    return run.conc;
}

}  // namespace sweepc
