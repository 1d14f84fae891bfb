#include "emit/matrix_entry.h"

#include "schema/yaml_to_json.h"

namespace sweepc {
namespace {

nlohmann::ordered_json worker_json(const Worker& worker, EntryLayout layout) {
    if (layout == EntryLayout::sweep && worker.node != nullptr) return yaml_to_json<nlohmann::ordered_json>(*worker.node);
    nlohmann::ordered_json out;
    out["num-worker"] = worker.num_worker;
    out["tp"] = worker.tp;
    out["ep"] = worker.ep;
    out["dp-attn"] = worker.dp_attn;
    out["additional-settings"] = worker.additional_settings;
    return out;
}

}  // namespace

nlohmann::ordered_json matrix_entry(const Run& run) {
    const MasterEntry& entry = *run.entry;
    nlohmann::ordered_json out;
    out["image"] = entry.image;
    out["model"] = entry.model;
    out["model-prefix"] = entry.model_prefix;
    out["precision"] = entry.precision;
    out["framework"] = entry.framework;
    out["runner"] = run.runner;
    out["isl"] = run.isl;
    out["osl"] = run.osl;
    if (run.multinode) {
        out["spec-decoding"] = run.spec_decoding;
        out["prefill"] = worker_json(*run.prefill, run.layout);
        out["decode"] = worker_json(*run.decode, run.layout);
        out["conc"] = run.conc;
        out["max-model-len"] = run.max_model_len;
    } else if (run.layout == EntryLayout::runner_model) {
        out["tp"] = run.tp;
        out["ep"] = run.ep;
        out["dp-attn"] = run.dp_attn;
        out["spec-decoding"] = run.spec_decoding;
        out["conc"] = run.conc.front();
        out["max-model-len"] = run.max_model_len;
    } else {
        out["tp"] = run.tp;
        out["conc"] = run.conc.front();
        out["max-model-len"] = run.max_model_len;
        out["ep"] = run.ep;
        out["dp-attn"] = run.dp_attn;
        out["spec-decoding"] = run.spec_decoding;
    }
    out["exp-name"] = run.exp_name;
    out["disagg"] = run.disagg;
    out["run-eval"] = run.run_eval;
    return out;
}

}  // namespace sweepc
