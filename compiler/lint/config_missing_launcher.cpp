// config/missing-launcher: a job on node `mi355x-amds_3` is started by
// runners/launch_mi355x-amds.sh (the node name up to its first '_'). A node listed in runners.yaml
// without that launcher takes jobs and fails every one of them. Only judged when the suite has a
// runners/ folder.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "edition/edition.h"
#include "lint/config_rule.h"

namespace sweepc {
namespace {

const yaml::Document* runner_document(const Config& config) {
    for (const yaml::Document& document : config.documents) {
        if (document.path == config.runner_file) return &document;
    }
    return nullptr;
}

}  // namespace

void check_missing_launcher(ConfigRuleContext& context, ConfigRuleReport& report) {
    if (!context.suite.has_folder("runners")) return;
    const yaml::Document* document = runner_document(context.config);
    if (document == nullptr || document->root == nullptr) return;
    // Each missing launcher once, at the first node that needs it; the message names the others.
    struct Missing {
        SourceLocation first;
        std::vector<std::string> nodes;
        std::vector<std::string> runner_types;  // that list one of the nodes
    };
    std::map<std::string, Missing> missing;
    std::vector<std::string> order;
    // The runner types: the whole file, or (2026-08) its labels mapping.
    const yaml::Node* runner_types = document->root;
    if (const std::string_view labels = context.config.edition->runner_labels_key; !labels.empty()) {
        runner_types = runner_types->find(labels);
    }
    if (runner_types == nullptr) return;
    for (const yaml::MappingEntry& runner_type : runner_types->entries) {
        if (runner_type.value == nullptr) continue;
        for (const yaml::Node* node : runner_type.value->items) {
            std::string launcher = launcher_for_node(node->text);
            if (context.suite.has_file(launcher)) continue;
            auto [it, inserted] = missing.try_emplace(launcher, Missing{node->location, {}, {}});
            if (inserted) order.push_back(launcher);
            if (std::find(it->second.nodes.begin(), it->second.nodes.end(), node->text) == it->second.nodes.end()) {
                it->second.nodes.push_back(node->text);
            }
            auto& types = it->second.runner_types;
            if (std::find(types.begin(), types.end(), runner_type.key->text) == types.end()) {
                types.push_back(runner_type.key->text);
            }
        }
    }
    for (const std::string& launcher : order) {
        const Missing& found = missing.at(launcher);
        std::string nodes = fmt::format("'{}'", found.nodes.front());
        if (found.nodes.size() > 1) nodes += fmt::format(" (and {} more node(s) of that name)", found.nodes.size() - 1);
        // Whether a config sends jobs there now, or the first one to do so will fail.
        std::vector<std::string> used;
        for (const std::string& type : found.runner_types) {
            const bool runs = std::any_of(context.config.entries.begin(), context.config.entries.end(),
                                          [&](const MasterEntry& entry) { return entry.runner == type; });
            if (runs) used.push_back(type);
        }
        std::string labels;
        for (const std::string& type : found.runner_types) labels += (labels.empty() ? "'" : ", '") + type + "'";
        std::string usage = used.empty() ? fmt::format("no config runs on {} yet, but every job sent there will fail", labels)
                                         : fmt::format("every job of the configs on {} that lands there fails", labels);
        report.add(found.first,
                   fmt::format("node {} is started by {}, which does not exist; {}; add the launcher, or remove the "
                               "node from {}",
                               nodes, context.suite.path_of(launcher), usage, context.config.runner_file));
    }
}

}  // namespace sweepc
