#include "plan/run_budget.h"

#include <fmt/format.h>

#include "plan/concurrency.h"
#include "source/checked_arithmetic.h"

namespace sweepc {
namespace {

std::int64_t row_concurrency_count(const SearchSpaceRow& row, std::int64_t step) {
    if (row.conc_range) return concurrency_range_size(row.conc_range->start, row.conc_range->end, step);
    return static_cast<std::int64_t>(row.conc_list.size());
}

std::string raise_hint(std::int64_t max_runs) {
    return fmt::format("over the budget of {} runs; it is refused before any run is made (raise the budget with "
                       "--max-runs)",
                       max_runs);
}

}  // namespace

std::int64_t config_run_bound(const MasterEntry& entry, std::int64_t step, std::int64_t runners) {
    std::int64_t runs = 0;
    for (const SeqLenConfig& seq_len : entry.seq_len_configs) {
        for (const SearchSpaceRow& row : seq_len.search_space) {
            runs = saturating_add(runs, entry.multinode ? 1 : row_concurrency_count(row, step));
        }
    }
    for (const AgenticBlock& block : entry.agentic_blocks) {
        for (const SearchSpaceRow& row : block.search_space) runs = saturating_add(runs, row_concurrency_count(row, step));
    }
    return saturating_multiply(runs, runners);
}

bool within_run_budget(const std::vector<ConfigRunCount>& counts, std::int64_t max_runs, Diagnostics& diagnostics) {
    std::int64_t total = 0;
    const ConfigRunCount* largest = nullptr;
    bool fits = true;
    for (const ConfigRunCount& count : counts) {
        total = saturating_add(total, count.runs);
        if (largest == nullptr || count.runs > largest->runs) largest = &count;
        if (count.runs > max_runs) {
            diagnostics.error("budget", count.entry->location,
                              fmt::format("config '{}' expands to {} runs, {}", count.entry->key, count.runs,
                                          raise_hint(max_runs)));
            fits = false;
        }
    }
    if (fits && total > max_runs) {
        diagnostics.error("budget", largest->entry->location,
                          fmt::format("the sweep expands to {} runs over {} configs (the most, {}, from '{}' here), {}",
                                      total, counts.size(), largest->runs, largest->entry->key, raise_hint(max_runs)));
        fits = false;
    }
    return fits;
}

}  // namespace sweepc
