// The 2026-03 edition: the suite on 2026-03-26 (its generator's contract is the golden set in
// ../shared/inferencex/golden). Master configs in .github/configs/, `seq-len-configs` blocks, a
// flat runners file, three sweep modes, evals off unless asked for.
#include "edition/edition.h"

namespace sweepc {

const Edition& edition_2026_03() {
    static const Edition edition{
        .name = "2026-03",
        .describes = "the suite's format of 2026-03 (.github/configs/, seq-len-configs, flat runners.yaml)",
        .master_config_schema = "2026-03/master-config.schema.json",
        .runners_schema = "2026-03/runners.schema.json",
        .matrix_entry_schema = "2026-03/matrix-entry.schema.json",
        .entry_definitions = {{EntryKind::single_node_fixed, "single-node-entry"},
                              {EntryKind::multi_node_fixed, "multi-node-entry"},
                              {EntryKind::single_node_smoke, "runner-model-single-node-entry"},
                              {EntryKind::multi_node_smoke, "multi-node-entry"}},
        .config_folder = ".github/configs",
        .default_runner_config = ".github/configs/runners.yaml",
        .master_marker = "seq-len-configs",
        .fixed_blocks_path = {"seq-len-configs"},
        .agentic_blocks_path = {},
        .runner_labels_key = "",
        .runner_hardware_key = "",
        .modes =
            {
                {"full-sweep",
                 {"--run-evals", "--evals-only", "--runner-node-filter", "--model-prefix", "--precision",
                  "--framework", "--runner-type", "--seq-lens", "--step-size", "--min-conc", "--max-conc", "--max-tp",
                  "--max-ep", "--single-node", "--multi-node"}},
                {"runner-model-sweep",
                 {"--run-evals", "--evals-only", "--runner-node-filter", "--model-prefix", "--precision",
                  "--framework", "--runner-type", "--conc", "--single-node", "--multi-node"}},
                {"test-config", {"--run-evals", "--evals-only", "--config-keys", "--conc"}},
            },
        .sequence_lengths = {{"1k1k", 1024, 1024}, {"1k8k", 1024, 8192}, {"8k1k", 8192, 1024}},
        .max_model_len_margin = 200,
        .eval_policy = EvalPolicy::extremes_of_tp_at_1k8k,
        .evals_on_by_default = false,
        .agentic_duration_seconds = 0,
        .dram_cap_mib = 0,
        .agentic_runner_prefix = "",
        .disagg_requires_kv_p2p_transfer = false,
        .empty_conc_list_beside_range_is_error = false,
        .resolves_benchmark_scripts = true,
        .writes_run_scripts = true,
        .changelog =
            {
                .entry_schema = "2026-03/changelog.schema.json",
                .matrix_schema = "2026-03/changelog-matrix.schema.json",
                .processor = ChangelogProcessor::one_sweep_per_entry,
                .options = {},
                .agentic_bucket = "",
            },
        .replaced =
            {
                {"scenarios", "seq-len-configs: [{isl, osl, search-space}] (agentic-coding blocks do not exist)"},
                {"--no-evals", "evals are off unless --run-evals or --evals-only asks for them"},
                {"--all-evals", "--evals-only (marks the highest concurrency of the highest and lowest TP)"},
            },
    };
    return edition;
}

}  // namespace sweepc
