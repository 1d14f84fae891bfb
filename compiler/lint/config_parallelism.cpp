// config/parallelism: parallelism a job cannot have. Experts are split over the GPUs of the
// tensor-parallel group, so ep above tp (without data-parallel attention) asks for more expert
// shards than GPUs; and a single-node
// run cannot use more GPUs than one node of its runner has (configs/config-rules.yaml). Either
// way the server refuses to start, after the job has taken a node.
#include <fmt/format.h>

#include "lint/config_rule.h"

namespace sweepc {
namespace {

void check_ep_within_tp(const yaml::Node* mapping, std::int64_t tp, std::int64_t ep, bool dp_attn,
                        std::string_view what, ConfigRuleReport& report) {
    // With data-parallel attention the experts spread over tp x dp GPUs (tp 1, ep 8, dp-attn is
    // eight attention replicas sharing eight expert shards), and dp is not written in the row.
    if (ep <= tp || dp_attn) return;
    report.add(field_span(mapping, "ep"),
               fmt::format("{}ep {} is above tp {}: experts are split over the tp GPUs, so there cannot be more "
                           "expert-parallel ranks than that and the server will not start; lower ep to at most {}",
                           what, ep, tp, tp),
               fmt::format("ep: {}", tp));
}

}  // namespace

void check_parallelism(ConfigRuleContext& context, ConfigRuleReport& report) {
    for (const MasterEntry& entry : context.config.entries) {
        const std::string gpu = gpu_of(entry.runner);
        const std::optional<std::int64_t> node_gpus = context.data.node_gpus(gpu);
        for (const SeqLenConfig& seq_len : entry.seq_len_configs) {
            for (const SearchSpaceRow& row : seq_len.search_space) {
                if (entry.multinode) {
                    // Workers may span nodes, so only the ep/tp relation is checked for them.
                    if (row.prefill) {
                        check_ep_within_tp(row.prefill->node, row.prefill->tp, row.prefill->ep, row.prefill->dp_attn,
                                           "prefill ", report);
                    }
                    if (row.decode) {
                        check_ep_within_tp(row.decode->node, row.decode->tp, row.decode->ep, row.decode->dp_attn,
                                           "decode ", report);
                    }
                    continue;
                }
                if (row.ep) check_ep_within_tp(row.node, row.tp, *row.ep, row.dp_attn.value_or(false), "", report);
                if (node_gpus && row.tp > *node_gpus) {
                    report.add(field_span(row.node, "tp"),
                               fmt::format("tp {} is above the {} GPUs of one {} node (runner '{}'): a single-node "
                                           "run cannot use more, so the server will not start; lower tp to at most "
                                           "{}, or make '{}' a multi-node config",
                                           row.tp, *node_gpus, gpu, entry.runner, *node_gpus, entry.key));
                }
            }
        }
    }
}

}  // namespace sweepc
