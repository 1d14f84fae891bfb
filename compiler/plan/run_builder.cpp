#include "plan/run_builder.h"

#include "plan/sequence_length.h"

namespace sweepc {

Run make_run(const MasterEntry& entry, const SeqLenConfig& seq_len, const SearchSpaceRow& row, std::string runner) {
    Run run;
    run.entry = &entry;
    run.row = &row;
    run.runner = std::move(runner);
    run.isl = seq_len.isl;
    run.osl = seq_len.osl;
    run.multinode = entry.multinode;
    run.tp = row.tp;
    run.ep = row.ep.value_or(1);
    run.dp_attn = row.dp_attn.value_or(false);
    run.spec_decoding = row.spec_decoding;
    if (row.prefill) run.prefill = &*row.prefill;
    if (row.decode) run.decode = &*row.decode;
    // isl and osl are schema-checked positive ints; saturate rather than overflow on absurd ones.
    std::int64_t total = 0;
    if (__builtin_add_overflow(seq_len.isl, seq_len.osl, &total) || __builtin_add_overflow(total, 200, &total)) {
        total = INT64_MAX;
    }
    run.max_model_len = total;
    run.exp_name = entry.model_prefix + "_" + sequence_length_name(seq_len.isl, seq_len.osl);
    run.disagg = entry.disagg;
    return run;
}

}  // namespace sweepc
