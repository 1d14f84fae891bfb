#include <algorithm>

#include "plan/concurrency.h"
#include "plan/config_key_glob.h"
#include "plan/run_builder.h"
#include "plan/sweep.h"

namespace sweepc {

// Every run of the selected configs, unfiltered except by --conc. Ranges always step by 2 here,
// whatever --step-size says, as in the suite's generator.
std::vector<Run> resolve_test_config(const Config& config, const SweepOptions& options, Diagnostics& diagnostics) {
    std::vector<Run> runs;
    std::vector<const MasterEntry*> selected = select_config_keys(config, options.config_keys, diagnostics);
    if (diagnostics.has_errors()) return runs;
    for (const MasterEntry* entry : selected) {
        for (const SeqLenConfig& seq_len : entry->seq_len_configs) {
            for (const SearchSpaceRow& row : seq_len.search_space) {
                std::vector<std::int64_t> concs =
                    row.conc_range ? expand_concurrency_range(row.conc_range->start, row.conc_range->end, 2)
                                   : row.conc_list;
                if (!options.conc.empty()) {
                    std::erase_if(concs, [&](std::int64_t c) {
                        return std::find(options.conc.begin(), options.conc.end(), c) == options.conc.end();
                    });
                    if (concs.empty()) continue;
                }
                if (entry->multinode) {
                    Run run = make_run(*entry, seq_len, row, entry->runner);
                    run.conc = concs;
                    runs.push_back(std::move(run));
                    continue;
                }
                for (std::int64_t conc : concs) {
                    Run run = make_run(*entry, seq_len, row, entry->runner);
                    run.conc = {conc};
                    runs.push_back(std::move(run));
                }
            }
        }
    }
    return runs;
}

}  // namespace sweepc
