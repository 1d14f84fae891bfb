#include <algorithm>
#include <map>
#include <tuple>

#include <nlohmann/json.hpp>

#include "emit/matrix_entry.h"
#include "emit/python_json.h"
#include "plan/sweep.h"

namespace sweepc {
namespace {

// 2026-03: among single-node 1k8k runs grouped by model, runner, framework, precision, isl, osl,
// spec-decoding and dp-attn, the highest concurrency of the highest TP and of the lowest TP.
void mark_extremes_of_tp_at_1k8k(std::vector<Run>& runs) {
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

// 2026-08 thresholds: fixed evals run at 8k1k, and single-node and multi-node evals only from
// this concurrency up.
constexpr std::int64_t eval_isl = 8192;
constexpr std::int64_t eval_osl = 1024;
constexpr std::int64_t min_eval_conc = 16;

bool fixed_at_8k1k(const Run& run) { return !run.agentic && run.isl == eval_isl && run.osl == eval_osl; }

// A multi-node run's parallelism group: its matrix entry without the keys that vary inside one
// (concurrency, eval markings, exp-name), compared as the generator compares dicts: printed with
// the keys of every object sorted, so key order does not count, as in a dict. (Printing it straight
// from the entry: a JSON dump and parse here cost as much as the rest of the sweep.)
std::string parallelism_key(const Run& run) {
    nlohmann::ordered_json entry = matrix_entry(run);
    for (const char* varying : {"conc", "run-eval", "eval-only", "eval-conc", "eval-all-concs", "exp-name"}) {
        entry.erase(varying);
    }
    return python_json_sorted_compact(entry);
}

std::int64_t highest_at_least(const std::vector<std::int64_t>& concs, std::int64_t floor) {
    std::int64_t highest = INT64_MIN;
    for (std::int64_t c : concs) {
        if (c >= floor) highest = std::max(highest, c);
    }
    return highest;
}

// Per parallelism group of the runs that `eligible` admits, the run whose highest concurrency from
// `floor` up is largest (the first on ties) is marked and evaluates at that concurrency.
template <typename Eligible>
void mark_best_per_parallelism(std::vector<Run>& runs, std::vector<bool>& marked, std::int64_t floor,
                               Eligible eligible) {
    std::map<std::string, std::size_t> best;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (!eligible(runs[i]) || highest_at_least(runs[i].conc, floor) == INT64_MIN) continue;
        auto [it, inserted] = best.emplace(parallelism_key(runs[i]), i);
        if (!inserted && highest_at_least(runs[i].conc, floor) > highest_at_least(runs[it->second].conc, floor)) {
            it->second = i;
        }
    }
    for (const auto& [key, i] : best) {
        marked[i] = true;
        runs[i].eval_conc = highest_at_least(runs[i].conc, floor);
    }
}

// The default policy: single-node fixed 8k1k runs at the top and upper-median concurrency of their
// group, the best multi-node fixed 8k1k run per parallelism; agentic runs only when evals are all
// that is printed (`opt_in`).
void mark_median_and_max_at_8k1k(std::vector<Run>& runs, bool opt_in) {
    std::vector<bool> marked(runs.size(), false);
    using GroupKey = std::tuple<std::string, std::string, std::string, std::string, std::int64_t, std::int64_t,
                                std::string, bool>;
    std::map<GroupKey, std::vector<std::size_t>> single_node;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const Run& run = runs[i];
        if (run.multinode || !fixed_at_8k1k(run) || run.conc.front() < min_eval_conc) continue;
        single_node[{run.entry->model, run.runner, run.entry->framework, run.entry->precision, run.isl, run.osl,
                     run.spec_decoding, run.dp_attn}]
            .push_back(i);
    }
    for (const auto& group : single_node) {
        std::vector<std::int64_t> concs;
        for (std::size_t i : group.second) concs.push_back(runs[i].conc.front());
        std::sort(concs.begin(), concs.end());
        concs.erase(std::unique(concs.begin(), concs.end()), concs.end());
        const std::int64_t top = concs.back(), median = concs[concs.size() / 2];
        for (std::size_t i : group.second) {
            if (runs[i].conc.front() == top || runs[i].conc.front() == median) marked[i] = true;
        }
    }
    mark_best_per_parallelism(runs, marked, min_eval_conc,
                              [](const Run& run) { return run.multinode && fixed_at_8k1k(run); });
    if (opt_in) {
        std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> agentic;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            if (!runs[i].agentic || runs[i].multinode) continue;
            auto key = std::tuple{runs[i].entry->model, runs[i].runner, runs[i].entry->framework, runs[i].entry->precision};
            auto [it, inserted] = agentic.emplace(key, i);
            if (!inserted && runs[i].conc.front() > runs[it->second].conc.front()) it->second = i;
        }
        for (const auto& [key, i] : agentic) marked[i] = true;
        mark_best_per_parallelism(runs, marked, min_eval_conc,
                                  [](const Run& run) { return run.multinode && run.agentic; });
    }
    for (std::size_t i = 0; i < runs.size(); ++i) runs[i].run_eval = marked[i];
}

// The union of two concurrency lists, sorted, each value once.
std::vector<std::int64_t> sorted_union(std::vector<std::int64_t> a, const std::vector<std::int64_t>& b) {
    a.insert(a.end(), b.begin(), b.end());
    std::sort(a.begin(), a.end());
    a.erase(std::unique(a.begin(), a.end()), a.end());
    return a;
}

// --all-evals: every single-node agentic run and fixed 8k1k run is an eval; multi-node ones merge
// per parallelism into one run over all their concurrencies, at the place of the first (agentic:
// evaluated at the highest; fixed: at every concurrency).
void expand_all_evals(std::vector<Run>& runs) {
    std::vector<Run> expanded;
    std::map<std::string, std::size_t> merged;
    for (Run& run : runs) {
        const bool multinode_eval = run.multinode && (run.agentic || fixed_at_8k1k(run));
        if (!multinode_eval) {
            if (run.agentic || fixed_at_8k1k(run)) run.run_eval = true;
            expanded.push_back(std::move(run));
            continue;
        }
        auto [it, inserted] = merged.emplace(parallelism_key(run), expanded.size());
        if (inserted) {
            run.conc = sorted_union(run.conc, {});
            expanded.push_back(std::move(run));
        } else {
            Run& first = expanded[it->second];
            first.conc = sorted_union(first.conc, run.conc);
        }
        Run& group = expanded[it->second];
        group.run_eval = true;
        if (group.agentic) {
            group.eval_conc = group.conc.back();
        } else {
            group.eval_conc.reset();
            group.eval_all_concs = true;
        }
    }
    runs = std::move(expanded);
}

void select_median_and_max_at_8k1k(std::vector<Run>& runs, const SweepOptions& options) {
    if (options.evals == EvalMode::none) return;
    mark_median_and_max_at_8k1k(runs, options.evals == EvalMode::evals_only);
    if (options.all_evals) expand_all_evals(runs);
    if (options.evals != EvalMode::evals_only) return;
    std::erase_if(runs, [](const Run& run) { return !run.marked_for_eval(); });
    for (Run& run : runs) run.eval_only = true;
}

}  // namespace

void select_evals(std::vector<Run>& runs, const Edition& edition, const SweepOptions& options) {
    switch (edition.eval_policy) {
        case EvalPolicy::extremes_of_tp_at_1k8k:
            if (options.evals == EvalMode::none) return;
            mark_extremes_of_tp_at_1k8k(runs);
            if (options.evals == EvalMode::evals_only) {
                std::erase_if(runs, [](const Run& run) { return !run.marked_for_eval(); });
            }
            return;
        case EvalPolicy::median_and_max_at_8k1k: select_median_and_max_at_8k1k(runs, options); return;
    }
}

}  // namespace sweepc
