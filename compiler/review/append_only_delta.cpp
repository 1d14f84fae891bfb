#include "review/append_only_delta.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "review/recipe_fingerprint.h"

namespace sweepc {
namespace {

using ordered_json = nlohmann::ordered_json;

const ordered_json* member(const ordered_json& object, const char* key) {
    if (!object.is_object()) return nullptr;
    auto found = object.find(key);
    return found == object.end() || found->is_null() ? nullptr : &*found;
}

std::string text_of(const ordered_json* value) { return value == nullptr ? "null" : value->dump(); }

// The chart series a row's points are drawn in: an added point must extend a series the base
// already has, drawn with one image.
std::string series_of(const ordered_json& entry) {
    const ordered_json* scenario = member(entry, "scenario-type");
    const bool agentic = scenario != nullptr && scenario->is_string() && *scenario == "agentic-coding";
    const ordered_json* offloading = member(entry, "kv-offloading");
    const bool offload_on = offloading != nullptr && !(offloading->is_string() && (*offloading == "none" || *offloading == ""));
    const ordered_json* disagg = member(entry, "disagg");
    static const ordered_json no_worker = ordered_json::object();
    const ordered_json* prefill = member(entry, "prefill");
    const ordered_json* decode = member(entry, "decode");
    ordered_json key = ordered_json::array({
        text_of(member(entry, "model")), text_of(member(entry, "model-prefix")), text_of(member(entry, "precision")),
        text_of(member(entry, "framework")), text_of(member(entry, "runner")),
        disagg != nullptr && disagg->is_boolean() && disagg->get<bool>(), agentic ? "agentic_traces" : "single_turn",
        agentic ? "null" : text_of(member(entry, "isl")), agentic ? "null" : text_of(member(entry, "osl")),
        offload_on ? "on" : "off",
        agentic ? "\"\"" : (member(entry, "spec-decoding") ? text_of(member(entry, "spec-decoding")) : "\"none\""),
        text_of(member(prefill ? *prefill : no_worker, "hardware")),
        text_of(member(decode ? *decode : no_worker, "hardware")),
    });
    return key.dump();
}

}  // namespace

AppendOnlyDelta append_only_delta(const std::vector<ChangelogRow>& base, const std::vector<ChangelogRow>& head) {
    AppendOnlyDelta delta;
    auto fail = [&](std::string problem) {
        delta.rows.clear();
        delta.problem = std::move(problem);
        return delta;
    };
    // Recipe -> its concurrencies, on each side.
    std::map<std::string, std::set<std::int64_t>> base_curves, head_curves;
    for (const ChangelogRow& row : base) base_curves[recipe_text(row.entry)].insert(row.run.conc.begin(), row.run.conc.end());
    for (const ChangelogRow& row : head) head_curves[recipe_text(row.entry)].insert(row.run.conc.begin(), row.run.conc.end());
    if (base_curves.empty()) return fail("the configs have no runs at the base revision to append points to");
    for (const auto& [recipe, concs] : base_curves) {
        auto now = head_curves.find(recipe);
        if (now == head_curves.end()) {
            return fail("a recipe of the base revision is gone or changed (an image, a parallelism, a setting); "
                        "append-only changes may only add concurrency points or recipes");
        }
        std::vector<std::int64_t> removed;
        std::set_difference(concs.begin(), concs.end(), now->second.begin(), now->second.end(), std::back_inserter(removed));
        if (!removed.empty()) {
            return fail(fmt::format("concurrency points [{}] of the base revision are gone; append-only changes may "
                                    "not remove points",
                                    fmt::join(removed, ", ")));
        }
    }
    std::map<std::string, std::set<std::int64_t>> emitted;
    for (const ChangelogRow& row : head) {
        const std::string recipe = recipe_text(row.entry);
        const std::set<std::int64_t>& before = base_curves[recipe];
        std::set<std::int64_t>& done = emitted[recipe];
        std::vector<std::int64_t> added;
        for (std::int64_t conc : row.run.conc) {
            if (!before.contains(conc) && done.insert(conc).second) added.push_back(conc);
        }
        if (added.empty()) continue;
        ChangelogRow kept = row;
        if (kept.entry.contains("conc") && kept.entry["conc"].is_array()) {
            kept.run.conc = added;
            kept.entry["conc"] = added;
        }
        delta.rows.push_back(std::move(kept));
    }
    if (delta.rows.empty()) return fail("the change adds no concurrency point to the configs' runs");
    std::map<std::string, std::set<std::string>> base_images;
    for (const ChangelogRow& row : base) base_images[series_of(row.entry)].insert(text_of(member(row.entry, "image")));
    for (const ChangelogRow& row : delta.rows) {
        const std::string image = text_of(member(row.entry, "image"));
        const std::set<std::string>& images = base_images[series_of(row.entry)];
        if (image == "null" || images != std::set<std::string>{image}) {
            return fail(fmt::format("the added points of {} (image {}) belong to no chart series of the base revision "
                                    "drawn with that one image; append-only points must extend an existing series "
                                    "with its image unchanged",
                                    text_of(member(row.entry, "exp-name")), image));
        }
    }
    return delta;
}

}  // namespace sweepc
