#include "plan/run_builder.h"

#include <fmt/format.h>

#include "plan/sequence_length.h"

namespace sweepc {
namespace {

// The fields of a row that runs of both scenarios share.
Run make_row_run(const Edition& edition, const MasterEntry& entry, const SearchSpaceRow& row, std::string runner) {
    Run run;
    run.edition = &edition;
    run.entry = &entry;
    run.row = &row;
    run.runner = std::move(runner);
    run.multinode = entry.multinode;
    run.tp = row.tp;
    run.pp = row.pp;
    run.dcp_size = row.dcp_size;
    run.pcp_size = row.pcp_size;
    run.ep = row.ep.value_or(1);
    run.dp_attn = row.dp_attn.value_or(false);
    run.spec_decoding = row.spec_decoding;
    if (row.prefill) run.prefill = &*row.prefill;
    if (row.decode) run.decode = &*row.decode;
    run.disagg = entry.disagg;
    run.router = row.router;
    run.kv_p2p_transfer = row.kv_p2p_transfer;
    return run;
}

// `p1x4ep16dpa`: a worker group in a multi-node agentic exp-name.
std::string worker_tag(char role, const Worker& worker) {
    return fmt::format("{}{}x{}{}{}", role, worker.num_worker, worker.tp, worker.ep != 1 ? fmt::format("ep{}", worker.ep) : "",
                       worker.dp_attn ? "dpa" : "");
}

std::string offload_tag(const SearchSpaceRow& row) {
    const yaml::Node* name = row.kv_offload_backend != nullptr ? row.kv_offload_backend->find("name") : nullptr;
    return fmt::format("kv{}-{}", row.kv_offloading, name != nullptr ? name->text : "");
}

}  // namespace

Run make_run(const Edition& edition, const MasterEntry& entry, const SeqLenConfig& seq_len, const SearchSpaceRow& row,
             std::string runner) {
    Run run = make_row_run(edition, entry, row, std::move(runner));
    run.kind = entry.multinode ? EntryKind::multi_node_fixed : EntryKind::single_node_fixed;
    run.isl = seq_len.isl;
    run.osl = seq_len.osl;
    // isl and osl are schema-checked positive ints; saturate rather than overflow on absurd ones.
    std::int64_t total = 0;
    if (__builtin_add_overflow(seq_len.isl, seq_len.osl, &total) ||
        __builtin_add_overflow(total, edition.max_model_len_margin, &total)) {
        total = INT64_MAX;
    }
    run.max_model_len = total;
    run.exp_name = entry.model_prefix + "_" + sequence_length_name(edition, seq_len.isl, seq_len.osl);
    run.run_eval = false;
    return run;
}

Run make_agentic_run(const Edition& edition, const MasterEntry& entry, const SearchSpaceRow& row, std::string runner,
                     std::int64_t conc) {
    Run run = make_row_run(edition, entry, row, std::move(runner));
    run.kind = entry.multinode ? EntryKind::multi_node_agentic : EntryKind::single_node_agentic;
    run.agentic = true;
    run.conc = {conc};
    run.kv_offloading = row.kv_offloading;
    run.kv_offload_backend = row.kv_offload_backend;
    run.total_cpu_dram_gb = row.total_cpu_dram_gb;
    run.duration = edition.agentic_duration_seconds;
    const bool offloads = row.kv_offloading != "none";
    if (entry.multinode && row.prefill && row.decode) {
        run.exp_name = fmt::format("{}_{}_{}_conc{}{}", entry.model_prefix, worker_tag('p', *row.prefill),
                                   worker_tag('d', *row.decode), conc, offloads ? "_" + offload_tag(row) : "");
    } else {
        run.exp_name = fmt::format("{}_tp{}_conc{}_{}{}", entry.model_prefix, row.tp, conc,
                                   offloads ? offload_tag(row) : "kvnone",
                                   row.spec_decoding != "none" ? "_spec-" + row.spec_decoding : "");
    }
    return run;
}

}  // namespace sweepc
