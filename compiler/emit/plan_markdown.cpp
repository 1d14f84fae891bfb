#include "emit/plan_markdown.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "emit/run_kind.h"
#include "plan/sequence_length.h"
#include "source/checked_arithmetic.h"
#include "source/escape.h"

namespace sweepc {
namespace {

// Every value from a config is a code span (source/escape.h): a newline, '#', '<!--', '@name', a
// link or a backtick in it cannot become markup.
std::string cell(std::string_view value) { return markdown_code(value, /*in_table_cell=*/true); }

std::string join_numbers(const std::vector<std::int64_t>& values) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) out += (i > 0 ? ", " : "") + std::to_string(values[i]);
    return out;
}

std::string worker_text(const Worker& worker) {
    return fmt::format("{} × tp{}{} ep{}{}", worker.num_worker, worker.tp,
                       extra_parallelism(worker.pp, worker.dcp_size, worker.pcp_size, " "), worker.ep,
                       worker.dp_attn ? " dp-attn" : "");
}

std::string parallelism_text(const Run& run) {
    return fmt::format("{}{}", run.tp, extra_parallelism(run.pp, run.dcp_size, run.pcp_size, " "));
}

// Runs of one search-space row within one sequence length (or the agentic scenario), in plan order.
struct RowGroup {
    const Run* first = nullptr;
    std::vector<std::int64_t> concurrencies;
    std::vector<std::int64_t> evals;  // concurrencies at which a job also runs evals
    std::int64_t jobs = 0;
    std::int64_t gpus = 0;
};

struct SeqLenGroup {
    bool agentic = false;
    std::int64_t isl = 0;
    std::int64_t osl = 0;
    std::vector<RowGroup> rows;
};

// Jobs, GPUs and eval jobs of one kind of run ("single-node agentic-coding").
struct KindCount {
    std::int64_t jobs = 0;
    std::int64_t gpus = 0;
    std::int64_t evals = 0;
};

struct EntryGroup {
    const MasterEntry* entry = nullptr;
    std::vector<SeqLenGroup> seq_lens;
    std::int64_t jobs = 0;
    std::int64_t gpus = 0;
    std::int64_t evals = 0;
    std::vector<std::string> scenario_types;  // in plan order
};

// Groups in order of first appearance, so the plan reads in the config's own order.
std::vector<EntryGroup> group_runs(const std::vector<Run>& runs) {
    std::vector<EntryGroup> entries;
    std::map<const MasterEntry*, std::size_t> index_of;
    for (const Run& run : runs) {
        auto [at, inserted] = index_of.emplace(run.entry, entries.size());
        if (inserted) entries.push_back({run.entry, {}, 0, 0, 0, {}});
        EntryGroup& entry = entries[at->second];
        auto seq = std::find_if(entry.seq_lens.begin(), entry.seq_lens.end(), [&](const SeqLenGroup& group) {
            return group.agentic == run.agentic && group.isl == run.isl && group.osl == run.osl;
        });
        if (seq == entry.seq_lens.end()) seq = entry.seq_lens.insert(seq, {run.agentic, run.isl, run.osl, {}});
        auto row = std::find_if(seq->rows.begin(), seq->rows.end(),
                                [&](const RowGroup& group) { return group.first->row == run.row; });
        if (row == seq->rows.end()) row = seq->rows.insert(row, {&run, {}, {}, 0, 0});
        row->concurrencies.insert(row->concurrencies.end(), run.conc.begin(), run.conc.end());
        const std::vector<std::int64_t> evals = eval_concurrencies(run);
        row->evals.insert(row->evals.end(), evals.begin(), evals.end());
        entry.evals += evals.empty() ? 0 : 1;
        if (std::find(entry.scenario_types.begin(), entry.scenario_types.end(), scenario_type_name(run)) ==
            entry.scenario_types.end()) {
            entry.scenario_types.emplace_back(scenario_type_name(run));
        }
        row->jobs += 1;
        row->gpus = saturating_add(row->gpus, gpus_per_job(run));
        entry.jobs += 1;
        entry.gpus = saturating_add(entry.gpus, gpus_per_job(run));
    }
    return entries;
}

std::string join_texts(const std::vector<std::string>& texts) {
    std::string out;
    for (const std::string& text : texts) out += (out.empty() ? "" : ", ") + text;
    return out;
}

// Jobs, GPUs and eval jobs per kind of run, for the kinds the plan has.
void append_kind_table(std::string& out, const std::vector<Run>& runs) {
    std::map<std::string, KindCount> counts;
    for (const Run& run : runs) {
        KindCount& count = counts[run_kind_name(run)];
        count.jobs += 1;
        count.gpus = saturating_add(count.gpus, gpus_per_job(run));
        count.evals += eval_concurrencies(run).empty() ? 0 : 1;
    }
    out += "| kind | jobs | eval jobs | GPUs |\n|---|---:|---:|---:|\n";
    for (const std::string& kind : run_kind_names()) {
        auto found = counts.find(kind);
        if (found == counts.end()) continue;
        out += fmt::format("| {} | {} | {} | {} |\n", kind, found->second.jobs, found->second.evals,
                           found->second.gpus);
    }
    out += "\nAn eval job also runs the evals of its concurrency after the benchmark (`RUN_EVAL=true`; multi-node: "
           "at `EVAL_CONC`), as the generator's default eval selection marks it.\n\n";
}

std::string evals_text(const RowGroup& row) { return row.evals.empty() ? "-" : join_numbers(row.evals); }

void append_scenario_section(std::string& out, const MasterEntry& entry, const SeqLenGroup& seq, bool scenarios) {
    std::int64_t jobs = 0;
    std::int64_t gpus = 0;
    if (seq.agentic) {
        out += "\n### agentic-coding\n\n";
    } else {
        out += fmt::format("\n### {} (isl {}, osl {})\n\n",
                           sequence_length_name(*seq.rows.front().first->edition, seq.isl, seq.osl), seq.isl, seq.osl);
    }
    // Columns beyond the 2026-03 plan: evals for editions with scenario types, KV offloading for
    // agentic runs.
    const std::string extra_head = std::string(seq.agentic ? " kv-offloading |" : "") + (scenarios ? " evals |" : "");
    const std::string extra_rule = std::string(seq.agentic ? "---|" : "") + (scenarios ? "---|" : "");
    if (entry.multinode) {
        out += "| row | prefill | decode | spec-decoding | concurrency |" + extra_head + " jobs | GPUs |\n";
        out += "|---|---|---|---|---|" + extra_rule + "---:|---:|\n";
    } else {
        out += "| row | tp | ep | dp-attn | spec-decoding | concurrency |" + extra_head + " jobs | GPUs |\n";
        out += "|---|---:|---:|---|---|---|" + extra_rule + "---:|---:|\n";
    }
    for (const RowGroup& row : seq.rows) {
        const Run& run = *row.first;
        std::string extra;
        if (seq.agentic) extra += " " + cell(run.kv_offloading) + " |";
        if (scenarios) extra += " " + evals_text(row) + " |";
        const std::string line = fmt::format("line {}", run.row->location.line);
        if (entry.multinode) {
            out += fmt::format("| {} | {} | {} | {} | {} |{} {} | {} |\n", line, worker_text(*run.prefill),
                               worker_text(*run.decode), cell(run.spec_decoding), join_numbers(row.concurrencies),
                               extra, row.jobs, row.gpus);
        } else {
            out += fmt::format("| {} | {} | {} | {} | {} | {} |{} {} | {} |\n", line, parallelism_text(run), run.ep,
                               run.dp_attn ? "yes" : "no", cell(run.spec_decoding), join_numbers(row.concurrencies),
                               extra, row.jobs, row.gpus);
        }
        jobs += row.jobs;
        gpus = saturating_add(gpus, row.gpus);
    }
    std::string filler;
    if (seq.agentic) filler += " |";
    if (scenarios) filler += " |";
    out += entry.multinode ? fmt::format("| **total** | | | | |{} {} | {} |\n", filler, jobs, gpus)
                           : fmt::format("| **total** | | | | | |{} {} | {} |\n", filler, jobs, gpus);
}

}  // namespace

std::int64_t gpus_per_job(const Run& run) {
    // Pipeline and prefill-context parallelism multiply the GPUs of a tensor-parallel group;
    // decode-context parallelism splits it (tp is a multiple of dcp-size).
    auto group = [](std::int64_t tp, std::int64_t pp, std::int64_t pcp_size) {
        return saturating_multiply(saturating_multiply(tp, pp), pcp_size);
    };
    auto workers = [&](const Worker& worker) {
        return saturating_multiply(worker.num_worker, group(worker.tp, worker.pp, worker.pcp_size));
    };
    if (!run.multinode) return group(run.tp, run.pp, run.pcp_size);
    return saturating_add(workers(*run.prefill), workers(*run.decode));
}

std::string plan_markdown(const std::vector<Run>& runs, const std::vector<std::string>& input_files) {
    std::vector<EntryGroup> entries = group_runs(runs);
    // Editions with scenario types (2026-08) also say each run's scenario type and its evals.
    const bool scenarios = !runs.empty() && has_scenario_types(*runs.front().edition);
    std::int64_t total_jobs = 0;
    std::int64_t total_gpus = 0;
    for (const EntryGroup& entry : entries) {
        total_jobs += entry.jobs;
        total_gpus = saturating_add(total_gpus, entry.gpus);
    }
    std::string inputs;
    for (const std::string& file : input_files) inputs += (inputs.empty() ? "" : ", ") + markdown_code(file);

    std::string out = "# Sweep plan\n\n";
    out += fmt::format("Generated by `sweepc emit` from {}. Do not edit; run `sweepc emit` again.\n\n", inputs);
    out += fmt::format("{} configs, {} jobs, {} GPUs in total (summed over jobs: {}).\n\n", entries.size(), total_jobs,
                       total_gpus,
                       scenarios ? "tp x pp x pcp-size for a single-node job, the same times num-worker for the "
                                   "prefill and the decode workers of a multi-node one"
                                 : "tp for a single-node job, num-worker x tp of prefill and decode for a multi-node "
                                   "one");
    if (scenarios) append_kind_table(out, runs);
    if (scenarios) {
        out += "| config | node kind | scenario type | runner | framework | precision | jobs | eval jobs | GPUs |\n";
        out += "|---|---|---|---|---|---|---:|---:|---:|\n";
    } else {
        out += "| config | node kind | runner | framework | precision | jobs | GPUs |\n";
        out += "|---|---|---|---|---|---:|---:|\n";
    }
    for (const EntryGroup& group : entries) {
        const MasterEntry& entry = *group.entry;
        const char* node_kind = entry.multinode ? "multi-node" : "single-node";
        if (scenarios) {
            out += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n", cell(entry.key), node_kind,
                               join_texts(group.scenario_types), cell(entry.runner), cell(entry.framework),
                               cell(entry.precision), group.jobs, group.evals, group.gpus);
        } else {
            out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", cell(entry.key), node_kind, cell(entry.runner),
                               cell(entry.framework), cell(entry.precision), group.jobs, group.gpus);
        }
    }

    for (const EntryGroup& group : entries) {
        const MasterEntry& entry = *group.entry;
        out += fmt::format("\n## {}\n\n", markdown_code(entry.key));
        out += fmt::format("{} line {}: image {}, model {}, runner {}, {} {}, {}{}.\n",
                           markdown_code(entry.location.file), entry.location.line, markdown_code(entry.image),
                           markdown_code(entry.model), markdown_code(entry.runner), markdown_code(entry.framework),
                           markdown_code(entry.precision), entry.multinode ? "multi-node" : "single-node",
                           entry.disagg ? ", disaggregated" : "");
        for (const SeqLenGroup& seq : group.seq_lens) append_scenario_section(out, entry, seq, scenarios);
    }
    return out;
}

}  // namespace sweepc
