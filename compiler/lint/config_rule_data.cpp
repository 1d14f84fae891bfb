#include "lint/config_rule_data.h"

#include <algorithm>
#include <stdexcept>

#include "load/yaml_loader.h"
#include "schema/embedded_schemas.h"
#include "schema/schema_validator.h"
#include "source/source_file.h"

namespace sweepc {
namespace {

constexpr const char* data_file_name = "config-rules.yaml";

std::vector<std::string> string_list(const yaml::Node* list) {
    std::vector<std::string> values;
    if (list == nullptr) return values;
    for (const yaml::Node* item : list->items) values.push_back(item->text);
    return values;
}

ConfigRuleData parse_config_rule_data() {
    SourceFile file(std::string("<built-in>/") + data_file_name, std::string(embedded_schemas().at(data_file_name)));
    Diagnostics diagnostics;
    std::optional<yaml::Document> document = yaml::load_yaml(file, diagnostics);
    if (!document || !SchemaValidator("config-rules.schema.json").validate(*document, diagnostics) ||
        diagnostics.has_errors()) {
        std::string first = diagnostics.all().empty() ? "unreadable" : diagnostics.all().front().message;
        throw std::runtime_error("built-in configs/config-rules.yaml is invalid: " + first);
    }
    ConfigRuleData data;
    data.precisions = string_list(document->root->find("precisions"));
    data.floating_image_tags = string_list(document->root->find("floating-image-tags"));
    for (const yaml::MappingEntry& gpu : document->root->find("gpus-per-node")->entries) {
        data.gpus_per_node[gpu.key->text] = gpu.value->integer;
    }
    return data;
}

}  // namespace

bool ConfigRuleData::is_known_precision(const std::string& precision) const {
    return std::find(precisions.begin(), precisions.end(), precision) != precisions.end();
}

std::optional<std::int64_t> ConfigRuleData::node_gpus(const std::string& gpu) const {
    auto found = gpus_per_node.find(gpu);
    if (found == gpus_per_node.end()) return std::nullopt;
    return found->second;
}

const ConfigRuleData& config_rule_data() {
    static const ConfigRuleData data = parse_config_rule_data();
    return data;
}

}  // namespace sweepc
