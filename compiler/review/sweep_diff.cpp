#include "review/sweep_diff.h"

#include <algorithm>
#include <deque>
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "emit/matrix_entry.h"
#include "emit/plan_markdown.h"
#include "emit/run_kind.h"
#include "source/checked_arithmetic.h"
#include "plan/sequence_length.h"

namespace sweepc {
namespace {

std::string worker_shape(const Worker& worker) {
    std::string shape = fmt::format("{}x tp {} ep {}", worker.num_worker, worker.tp, worker.ep);
    if (worker.dp_attn) shape += " dp-attn";
    return shape;
}

std::string join_conc(const std::vector<std::int64_t>& conc) { return fmt::format("{}", fmt::join(conc, ",")); }

// Matrix-entry fields that make up the identity; every other field is compared.
bool is_identity_field(const std::string& field) {
    static const char* const fields[] = {"isl",          "osl",          "tp",           "ep",
                                         "dp-attn",      "spec-decoding", "conc",        "prefill.num-worker",
                                         "prefill.tp",   "prefill.ep",   "prefill.dp-attn", "decode.num-worker",
                                         "decode.tp",    "decode.ep",    "decode.dp-attn"};
    return std::find(std::begin(fields), std::end(fields), field) != std::end(fields);
}

// Leaves of a matrix entry by dotted name; worker mappings are opened one level.
void flatten(const nlohmann::ordered_json& entry, const std::string& prefix,
             std::vector<std::pair<std::string, nlohmann::ordered_json>>& out) {
    for (auto it = entry.begin(); it != entry.end(); ++it) {
        std::string name = prefix.empty() ? it.key() : prefix + "." + it.key();
        if (it->is_object()) flatten(*it, name, out);
        else out.emplace_back(name, *it);
    }
}

const nlohmann::ordered_json* find_field(const std::vector<std::pair<std::string, nlohmann::ordered_json>>& fields,
                                         const std::string& name) {
    for (const auto& [field, value] : fields) {
        if (field == name) return &value;
    }
    return nullptr;
}

struct KeyRuns {
    const MasterEntry* entry = nullptr;
    std::vector<const Run*> runs;
};

// Runs grouped by config key, keys in config order (every config appears, even without runs).
std::vector<KeyRuns> runs_by_key(const ConfigVersion& version) {
    std::vector<KeyRuns> out;
    if (!version.config) return out;
    std::map<std::string, std::size_t> index;
    for (const MasterEntry& entry : version.config->entries) {
        index.emplace(entry.key, out.size());
        out.push_back({&entry, {}});
    }
    for (const Run& run : version.runs) out[index.at(run.entry->key)].runs.push_back(&run);
    return out;
}

SweepTotals totals_of(const ConfigVersion& version) {
    SweepTotals totals;
    if (version.config) totals.configs = version.config->entries.size();
    totals.jobs = version.runs.size();
    for (const Run& run : version.runs) totals.gpus = saturating_add(totals.gpus, run_gpus(run));
    return totals;
}

// Consecutive runs of one shape become one group, so a concurrency sweep reads as one line.
void add_to_groups(std::vector<RunGroup>& groups, const Run& run) {
    std::string shape = run_shape(run);
    if (groups.empty() || groups.back().shape != shape) groups.push_back({shape, {}, 0, 0, 0});
    RunGroup& group = groups.back();
    group.conc.insert(group.conc.end(), run.conc.begin(), run.conc.end());
    group.jobs += 1;
    group.gpus = saturating_add(group.gpus, run_gpus(run));
    if (!eval_concurrencies(run).empty()) ++group.evals;
}

bool shows_scenario_types(const std::vector<const Run*>& old_runs, const std::vector<const Run*>& new_runs) {
    for (const auto* runs : {&new_runs, &old_runs}) {
        if (!runs->empty()) return has_scenario_types(*runs->front()->edition);
    }
    return false;
}

// Jobs, GPUs and eval jobs per kind on both sides, in run_kind_names() order, kinds either side has.
std::vector<KindChange> kind_changes(const std::vector<const Run*>& old_runs, const std::vector<const Run*>& new_runs) {
    std::vector<KindChange> out;
    for (const std::string& name : run_kind_names()) {
        KindChange kind;
        kind.kind = name;
        out.push_back(std::move(kind));
    }
    auto count = [&](const std::vector<const Run*>& runs, bool after) {
        for (const Run* run : runs) {
            const std::string name = run_kind_name(*run);
            for (KindChange& kind : out) {
                if (kind.kind != name) continue;
                const std::size_t evals = eval_concurrencies(*run).empty() ? 0U : 1U;
                (after ? kind.jobs_after : kind.jobs_before) += 1;
                std::int64_t& gpus = after ? kind.gpus_after : kind.gpus_before;
                gpus = saturating_add(gpus, run_gpus(*run));
                (after ? kind.evals_after : kind.evals_before) += evals;
            }
        }
    };
    count(old_runs, false);
    count(new_runs, true);
    std::erase_if(out, [](const KindChange& kind) { return kind.jobs_before == 0 && kind.jobs_after == 0; });
    return out;
}

std::vector<const Run*> pointers(const std::vector<Run>& runs) {
    std::vector<const Run*> out;
    for (const Run& run : runs) out.push_back(&run);
    return out;
}

void record_field_changes(const Run& before, const Run& after, ConfigChange& change) {
    std::vector<std::pair<std::string, nlohmann::ordered_json>> old_fields;
    std::vector<std::pair<std::string, nlohmann::ordered_json>> new_fields;
    flatten(matrix_entry(before), "", old_fields);
    flatten(matrix_entry(after), "", new_fields);
    bool changed = false;
    auto note = [&](const std::string& field, const nlohmann::ordered_json& old_value,
                    const nlohmann::ordered_json& new_value) {
        changed = true;
        for (FieldChange& existing : change.field_changes) {
            if (existing.field == field && existing.before == old_value && existing.after == new_value) {
                ++existing.runs;
                return;
            }
        }
        change.field_changes.push_back({field, old_value, new_value, 1});
    };
    for (const auto& [field, value] : new_fields) {
        if (is_identity_field(field)) continue;
        const nlohmann::ordered_json* old_value = find_field(old_fields, field);
        if (old_value == nullptr) note(field, nullptr, value);
        else if (*old_value != value) note(field, *old_value, value);
    }
    for (const auto& [field, value] : old_fields) {
        if (!is_identity_field(field) && find_field(new_fields, field) == nullptr) note(field, value, nullptr);
    }
    if (changed) ++change.runs_changed;
}

void count_jobs(const std::vector<const Run*>& runs, std::size_t& jobs, std::int64_t& gpus) {
    jobs = runs.size();
    for (const Run* run : runs) gpus = saturating_add(gpus, run_gpus(*run));
}

ConfigChange compare_config(const KeyRuns* base, const KeyRuns* head, const ConfigVersion& base_version,
                            const ConfigVersion& head_version) {
    ConfigChange change;
    change.key = head != nullptr ? head->entry->key : base->entry->key;
    change.kind = base == nullptr ? ConfigChange::Kind::added
                  : head == nullptr ? ConfigChange::Kind::removed
                                    : ConfigChange::Kind::changed;
    change.location = head != nullptr ? head_version.display(head->entry->location)
                                      : base_version.display(base->entry->location);
    static const std::vector<const Run*> none;
    const std::vector<const Run*>& old_runs = base != nullptr ? base->runs : none;
    const std::vector<const Run*>& new_runs = head != nullptr ? head->runs : none;
    count_jobs(old_runs, change.jobs_before, change.gpus_before);
    count_jobs(new_runs, change.jobs_after, change.gpus_after);
    if (shows_scenario_types(old_runs, new_runs)) {
        change.kinds = kind_changes(old_runs, new_runs);
        for (const Run* run : new_runs.empty() ? old_runs : new_runs) {
            const std::string type = scenario_type_name(*run);
            if (std::find(change.scenario_types.begin(), change.scenario_types.end(), type) ==
                change.scenario_types.end()) {
                change.scenario_types.push_back(type);
            }
        }
    }

    // Same-identity runs pair up in plan order; a duplicated identity pairs as often as it occurs.
    std::map<std::string, std::deque<const Run*>> unmatched_old;
    for (const Run* run : old_runs) unmatched_old[run_identity(*run)].push_back(run);
    for (const Run* run : new_runs) {
        auto it = unmatched_old.find(run_identity(*run));
        if (it == unmatched_old.end() || it->second.empty()) {
            add_to_groups(change.added, *run);
            ++change.runs_added;
            continue;
        }
        record_field_changes(*it->second.front(), *run, change);
        it->second.pop_front();
    }
    for (const Run* run : old_runs) {
        auto it = unmatched_old.find(run_identity(*run));
        if (std::find(it->second.begin(), it->second.end(), run) == it->second.end()) continue;
        add_to_groups(change.removed, *run);
        ++change.runs_removed;
    }
    return change;
}

bool has_differences(const ConfigChange& change) {
    return change.kind != ConfigChange::Kind::changed || change.runs_added > 0 || change.runs_removed > 0 ||
           change.runs_changed > 0;
}

}  // namespace

std::string run_identity(const Run& run) {
    // Agentic runs have no sequence lengths; their KV offloading sets them apart instead.
    const std::string scenario =
        run.agentic ? fmt::format("agentic|{}", run.kv_offloading) : fmt::format("{}|{}", run.isl, run.osl);
    if (run.multinode) {
        return fmt::format("{}|{}|P{}|D{}|{}", scenario, run.spec_decoding, worker_shape(*run.prefill),
                           worker_shape(*run.decode), join_conc(run.conc));
    }
    return fmt::format("{}|{}|{}|{}|{}|{}", scenario, run.tp, run.ep, run.dp_attn, run.spec_decoding,
                       join_conc(run.conc));
}

std::int64_t run_gpus(const Run& run) { return gpus_per_job(run); }

std::string run_shape(const Run& run) {
    std::string shape = run.agentic ? "agentic" : sequence_length_name(*run.edition, run.isl, run.osl);
    if (run.agentic && run.kv_offloading != "none") shape += fmt::format(" kv {}", run.kv_offloading);
    if (run.multinode) {
        shape += fmt::format(" prefill {} / decode {}", worker_shape(*run.prefill), worker_shape(*run.decode));
    } else {
        shape += fmt::format(" tp {} ep {}", run.tp, run.ep);
        if (run.dp_attn) shape += " dp-attn";
    }
    if (run.spec_decoding != "none") shape += " " + run.spec_decoding;
    return shape;
}

const char* config_change_kind_name(ConfigChange::Kind kind) {
    switch (kind) {
        case ConfigChange::Kind::added: return "added";
        case ConfigChange::Kind::removed: return "removed";
        case ConfigChange::Kind::changed: return "changed";
    }
    return "changed";
}

SweepDiff diff_sweeps(const ConfigVersion& base, const ConfigVersion& head) {
    SweepDiff diff;
    diff.base_label = base.label;
    diff.head_label = head.label;
    diff.base = totals_of(base);
    diff.head = totals_of(head);
    const std::vector<const Run*> old_runs = pointers(base.runs);
    const std::vector<const Run*> new_runs = pointers(head.runs);
    if (shows_scenario_types(old_runs, new_runs)) diff.kinds = kind_changes(old_runs, new_runs);
    std::vector<KeyRuns> old_keys = runs_by_key(base);
    std::vector<KeyRuns> new_keys = runs_by_key(head);
    std::map<std::string, const KeyRuns*> old_by_key;
    for (const KeyRuns& runs : old_keys) old_by_key.emplace(runs.entry->key, &runs);
    std::map<std::string, const KeyRuns*> new_by_key;
    for (const KeyRuns& runs : new_keys) new_by_key.emplace(runs.entry->key, &runs);

    for (const KeyRuns& runs : new_keys) {
        auto old = old_by_key.find(runs.entry->key);
        ConfigChange change = compare_config(old == old_by_key.end() ? nullptr : old->second, &runs, base, head);
        if (has_differences(change)) diff.configs.push_back(std::move(change));
    }
    for (const KeyRuns& runs : old_keys) {
        if (new_by_key.contains(runs.entry->key)) continue;
        diff.configs.push_back(compare_config(&runs, nullptr, base, head));
    }
    return diff;
}

}  // namespace sweepc
