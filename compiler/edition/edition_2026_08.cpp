// The 2026-08 edition: the suite at commit 843c6254f (2026-08-21), described in
// ../shared/inferencex/2026-08/FORMAT.md. Master configs in configs/, `scenarios` with
// fixed-seq-len and agentic-coding blocks, runners.yaml with `labels:` and `hardware:`, evals on by
// default, no runner-model-sweep.
#include "edition/edition.h"

namespace sweepc {

const Edition& edition_2026_08() {
    static const Edition edition{
        .name = "2026-08",
        .describes = "the suite's format of 2026-08 (configs/, scenarios, runners.yaml with labels: and hardware:)",
        .master_config_schema = "2026-08/master-config.schema.json",
        .runners_schema = "2026-08/runners.schema.json",
        .matrix_entry_schema = "2026-08/matrix-entry.schema.json",
        .entry_definitions = {{EntryKind::single_node_fixed, "single-node-fixed-entry"},
                              {EntryKind::multi_node_fixed, "multi-node-fixed-entry"},
                              {EntryKind::single_node_agentic, "single-node-agentic-entry"},
                              {EntryKind::multi_node_agentic, "multi-node-agentic-entry"}},
        .config_folder = "configs",
        .default_runner_config = "configs/runners.yaml",
        .master_marker = "scenarios",
        .fixed_blocks_path = {"scenarios", "fixed-seq-len"},
        .agentic_blocks_path = {"scenarios", "agentic-coding"},
        .runner_labels_key = "labels",
        .runner_hardware_key = "hardware",
        .modes =
            {
                {"full-sweep",
                 {"--no-evals", "--evals-only", "--all-evals", "--runner-node-filter", "--scenario-type",
                  "--model-prefix", "--precision", "--framework", "--runner-type", "--seq-lens", "--step-size",
                  "--min-conc", "--max-conc", "--max-tp", "--max-ep", "--single-node", "--multi-node"}},
                {"test-config",
                 {"--no-evals", "--evals-only", "--all-evals", "--runner-node-filter", "--scenario-type",
                  "--config-keys", "--conc", "--seq-lens"}},
            },
        .sequence_lengths = {{"1k1k", 1024, 1024}, {"8k1k", 8192, 1024}},
        .max_model_len_margin = 256,
        .eval_policy = EvalPolicy::median_and_max_at_8k1k,
        .evals_on_by_default = true,
        .agentic_duration_seconds = 3600,
        .dram_cap_mib = 2'861'022,  // 3 TB
        .agentic_runner_prefix = "cluster:",
        .disagg_requires_kv_p2p_transfer = true,
        .empty_conc_list_beside_range_is_error = true,
        .resolves_benchmark_scripts = true,
        .writes_run_scripts = true,
        .changelog =
            {
                .entry_schema = "2026-08/changelog.schema.json",
                .matrix_schema = "2026-08/changelog-matrix.schema.json",
                .processor = ChangelogProcessor::throughput_and_eval_sweeps,
                .options = {"--trim-conc", "--all-evals", "--evals-only"},
                .agentic_bucket = "agentic",
            },
        .replaced =
            {
                {"seq-len-configs", "scenarios: {fixed-seq-len: [{isl, osl, search-space}]}"},
                {"--run-evals", "evals are on by default; --no-evals turns them off"},
                {"runner-model-sweep",
                 "test-config --config-keys … --runner-node-filter NODE runs configs on chosen nodes"},
                {"1k8k", "1k1k or 8k1k; 1024/8192 runs keep exp-name <model-prefix>_1024_8192"},
            },
    };
    return edition;
}

}  // namespace sweepc
