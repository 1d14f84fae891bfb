#include "load/config_loader.h"

#include <map>

#include <fmt/format.h>

#include "load/yaml_loader.h"
#include "model/build_config.h"
#include "schema/schema_validator.h"

namespace sweepc {
namespace {

// Loads one file into `config.documents` and schema-checks it. Returns the document when it
// parsed (even with schema errors, so later checks can still report on it), or nullptr.
const yaml::Document* load_checked(const std::string& path, const SchemaValidator& schema, std::size_t max_bytes,
                                   Config& config, SourceMap& sources, Diagnostics& diagnostics) {
    std::optional<SourceFile> file = read_source_file(path, diagnostics, max_bytes);
    if (!file) return nullptr;
    const SourceFile& kept = sources.add(std::move(*file));
    std::optional<yaml::Document> document = yaml::load_yaml(kept, diagnostics);
    if (!document) return nullptr;
    schema.validate(*document, diagnostics);
    config.documents.push_back(std::move(*document));
    return &config.documents.back();
}

}  // namespace

std::optional<Config> load_config(const ConfigInputs& inputs, SourceMap& sources, Diagnostics& diagnostics) {
    Config config;
    const SchemaValidator master_schema("master-config.schema.json");
    const SchemaValidator runners_schema("runners.schema.json");
    const std::size_t errors_before = diagnostics.error_count();

    std::vector<const yaml::Document*> master_documents;
    std::map<std::string, SourceLocation> first_definition;
    for (const std::string& path : inputs.config_files) {
        const yaml::Document* document =
            load_checked(path, master_schema, inputs.max_input_bytes, config, sources, diagnostics);
        if (document == nullptr) continue;
        master_documents.push_back(document);
        for (const yaml::MappingEntry& entry : document->root->entries) {
            const std::string& key = entry.key->text;
            if (key.find('*') != std::string::npos) {
                diagnostics.error("schema", entry.key->location,
                                  fmt::format("config name '{}' contains '*', which is reserved for wildcards in "
                                              "changelog config-keys; rename it", key));
            }
            auto [it, inserted] = first_definition.emplace(key, entry.key->location);
            if (!inserted && it->second.file != entry.key->location.file) {
                diagnostics.error("schema", entry.key->location,
                                  fmt::format("config '{}' is also defined at {}:{}:{}; config names must be unique "
                                              "across all master config files", key, it->second.file,
                                              it->second.line, it->second.column));
            }
        }
    }
    const yaml::Document* runners =
        load_checked(inputs.runner_file, runners_schema, inputs.max_input_bytes, config, sources, diagnostics);

    // Rules the schema cannot express are checked even when the schema found problems, so one
    // run reports everything.
    for (const yaml::Document* document : master_documents) build_master_entries(*document, config, diagnostics);
    if (runners != nullptr) build_runner_types(*runners, config);
    if (diagnostics.error_count() != errors_before) return std::nullopt;
    return config;
}

}  // namespace sweepc
