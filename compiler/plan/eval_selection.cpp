#include <map>
#include <tuple>

#include "plan/sweep.h"

namespace sweepc {

void mark_eval_runs(std::vector<Run>& runs) {
    using GroupKey = std::tuple<std::string, std::string, std::string, std::string, std::int64_t, std::int64_t,
                                std::string, bool>;
    std::map<GroupKey, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        Run& run = runs[i];
        run.run_eval = false;
        // Evals run on long outputs only, and only on single-node runs.
        if (run.multinode || run.isl != 1024 || run.osl != 8192) continue;
        groups[{run.entry->model, run.runner, run.entry->framework, run.entry->precision, run.isl, run.osl,
                run.spec_decoding, run.dp_attn}]
            .push_back(i);
    }
    for (const auto& group : groups) {
        // A named reference, not a structured binding: clang before 16 cannot capture those in the
        // lambda below, and the fuzz build uses clang 14.
        const auto& members = group.second;
        std::int64_t min_tp = INT64_MAX, max_tp = INT64_MIN;
        for (std::size_t i : members) {
            min_tp = std::min(min_tp, runs[i].tp);
            max_tp = std::max(max_tp, runs[i].tp);
        }
        // The highest concurrency at a TP; every run with that TP and concurrency is marked.
        auto mark_highest_conc_at = [&](std::int64_t tp) {
            std::int64_t highest = INT64_MIN;
            for (std::size_t i : members) {
                if (runs[i].tp == tp) highest = std::max(highest, runs[i].conc.front());
            }
            for (std::size_t i : members) {
                if (runs[i].tp == tp && runs[i].conc.front() == highest) runs[i].run_eval = true;
            }
        };
        mark_highest_conc_at(max_tp);
        if (min_tp != max_tp) mark_highest_conc_at(min_tp);
    }
}

}  // namespace sweepc
