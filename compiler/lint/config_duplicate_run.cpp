// config/duplicate-run: two rows that yield the same job (same image, model, runner, lengths,
// parallelism, spec-decoding and concurrency) run it twice; both write the same result file name,
// so one result silently replaces the other and the GPU time of one job is wasted. Usually a
// copy-pasted row or overlapping concurrency ranges.
#include <map>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "emit/matrix_entry.h"
#include "lint/config_rule.h"

namespace sweepc {
namespace {

// Concurrencies of one repeated row pair, in plan order, for the message.
struct Repeat {
    const Run* earlier = nullptr;
    const Run* later = nullptr;
    std::vector<std::int64_t> concurrencies;
};

std::string list_text(const std::vector<std::int64_t>& values) {
    std::string text;
    for (std::int64_t value : values) text += (text.empty() ? "" : ", ") + std::to_string(value);
    return text;
}

}  // namespace

void check_duplicate_run(ConfigRuleContext& context, ConfigRuleReport& report) {
    // The matrix entry is exactly what a job receives, so equal entries are the same job.
    std::map<std::string, const Run*> first_run;
    std::map<std::pair<const SearchSpaceRow*, const SearchSpaceRow*>, Repeat> repeats;
    std::vector<std::pair<const SearchSpaceRow*, const SearchSpaceRow*>> order;
    for (const Run& run : context.runs) {
        auto [it, inserted] = first_run.emplace(matrix_entry(run).dump(), &run);
        if (inserted) continue;
        auto pair = std::make_pair(it->second->row, run.row);
        auto [repeat, added] = repeats.try_emplace(pair, Repeat{it->second, &run, {}});
        if (added) order.push_back(pair);
        repeat->second.concurrencies.insert(repeat->second.concurrencies.end(), run.conc.begin(), run.conc.end());
    }
    for (const auto& pair : order) {
        const Repeat& repeat = repeats.at(pair);
        const SearchSpaceRow& later = *repeat.later->row;
        std::string what = repeat.later->multinode
                               ? fmt::format("the multi-node job with concurrencies [{}]", list_text(repeat.concurrencies))
                               : fmt::format("tp={} ep={} dp-attn={} spec-decoding={} at concurrency {}",
                                             repeat.later->tp, repeat.later->ep, repeat.later->dp_attn ? "true" : "false",
                                             repeat.later->spec_decoding, list_text(repeat.concurrencies));
        std::string where =
            pair.first == pair.second
                ? std::string("this row lists a concurrency more than once")
                : fmt::format("this row repeats the run{} of the row at {} (config '{}')",
                              repeat.concurrencies.size() > 1 ? "s" : "",
                              describe_place(repeat.earlier->row->location, later.location),
                              repeat.earlier->entry->key);
        const std::string scenario = repeat.later->agentic
                                         ? std::string("agentic-coding")
                                         : fmt::format("isl={} osl={}", repeat.later->isl, repeat.later->osl);
        report.add(later.location,
                   fmt::format("{}: {}, {}; the sweep runs the same job twice, and nothing in its matrix entry or "
                               "result file name (but the node) tells the two results apart; remove the repeat or "
                               "narrow the concurrencies so the rows do not overlap",
                               where, what, scenario));
    }
}

}  // namespace sweepc
