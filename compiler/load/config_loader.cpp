#include "load/config_loader.h"

#include <algorithm>
#include <climits>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>

#include <fmt/format.h>

#include "edition/detect_edition.h"
#include "edition/edition.h"
#include "edition/foreign_construct.h"
#include "load/repeated_inputs.h"
#include "load/yaml_loader.h"
#include "model/build_config.h"
#include "schema/schema_validator.h"
#include "source/escape.h"

namespace sweepc {
namespace {

// Reads and parses one file into `config.documents`; nullptr when it could not be read or parsed.
const yaml::Document* load_document(const std::string& path, std::size_t max_bytes, Config& config,
                                    SourceMap& sources, Diagnostics& diagnostics) {
    std::optional<SourceFile> file = read_source_file(path, diagnostics, max_bytes);
    if (!file) return nullptr;
    const SourceFile& kept = sources.add(std::move(*file));
    std::optional<yaml::Document> document = yaml::load_yaml(kept, diagnostics);
    if (!document) return nullptr;
    config.documents.push_back(std::move(*document));
    return &config.documents.back();
}

// --runner-config's default: the edition's, or before the edition is known (no master config
// says), the first of the editions' defaults that exists, newest first.
std::string default_runner_file(const Edition* forced, const std::vector<EditionEvidence>& evidence) {
    if (forced != nullptr) return std::string(forced->default_runner_config);
    if (!evidence.empty()) return std::string(evidence.front().edition->default_runner_config);
    auto editions = all_editions();
    for (auto it = editions.rbegin(); it != editions.rend(); ++it) {
        std::error_code error;
        if (std::filesystem::is_regular_file(std::string((*it)->default_runner_config), error)) {
            return std::string((*it)->default_runner_config);
        }
    }
    return std::string(newest_edition().default_runner_config);
}

void check_config_names(const std::vector<const yaml::Document*>& documents, Diagnostics& diagnostics) {
    std::map<std::string, SourceLocation> first_definition;
    for (const yaml::Document* document : documents) {
        if (document->root == nullptr) continue;
        for (const yaml::MappingEntry& entry : document->root->entries) {
            const std::string& key = entry.key->text;
            if (key.find('*') != std::string::npos) {
                diagnostics.error("schema", entry.key->location,
                                  fmt::format("config name {} contains '*', which is reserved for wildcards in "
                                              "changelog config-keys; rename it", quoted_value(key)));
            }
            auto [it, inserted] = first_definition.emplace(key, entry.key->location);
            if (!inserted && it->second.file != entry.key->location.file) {
                diagnostics.error("schema", entry.key->location,
                                  fmt::format("config {} is also defined at {}:{}:{}; config names must be unique "
                                              "across all master config files", quoted_value(key), it->second.file,
                                              it->second.line, it->second.column));
            }
        }
    }
}

// The master entry whose lines hold `location`: from its key to the line before the next key.
const yaml::MappingEntry* entry_holding(const std::vector<const yaml::Document*>& masters,
                                        const SourceLocation& location) {
    for (const yaml::Document* document : masters) {
        if (document->path != location.file || document->root == nullptr) continue;
        const auto& entries = document->root->entries;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const int first = entries[i].key->location.line;
            const int next = i + 1 < entries.size() ? entries[i + 1].key->location.line : INT_MAX;
            if (location.line >= first && location.line < next) return &entries[i];
        }
    }
    return nullptr;
}

// Moves the entries that errors since `first_new` point into to Config::invalid_entries; false
// when some error lies outside every master entry.
bool set_aside_invalid_entries(const std::vector<const yaml::Document*>& masters, const Diagnostics& diagnostics,
                               std::size_t first_new, Config& config) {
    std::set<std::string> invalid;
    const auto& all = diagnostics.all();
    for (std::size_t i = first_new; i < all.size(); ++i) {
        if (all[i].severity != Severity::error) continue;
        const yaml::MappingEntry* holder = entry_holding(masters, all[i].location);
        if (holder == nullptr) return false;
        invalid.insert(holder->key->text);
    }
    auto valid = [&](const MasterEntry& entry) { return invalid.count(entry.key) == 0; };
    auto split = std::stable_partition(config.entries.begin(), config.entries.end(), valid);
    std::move(split, config.entries.end(), std::back_inserter(config.invalid_entries));
    config.entries.erase(split, config.entries.end());
    return true;
}

}  // namespace

std::optional<Config> load_config(const ConfigInputs& inputs, SourceMap& sources, Diagnostics& diagnostics) {
    EditionChoice choice;
    return load_config(inputs, sources, diagnostics, choice);
}

std::optional<Config> load_config(const ConfigInputs& inputs, SourceMap& sources, Diagnostics& diagnostics,
                                  EditionChoice& choice) {
    if (!check_distinct_inputs(inputs.config_files, diagnostics)) return std::nullopt;
    Config config;
    const std::size_t errors_before = diagnostics.error_count();
    const std::size_t first_new = diagnostics.all().size();

    std::vector<const yaml::Document*> masters;
    std::vector<EditionEvidence> evidence;
    for (const std::string& path : inputs.config_files) {
        const yaml::Document* document = load_document(path, inputs.max_input_bytes, config, sources, diagnostics);
        if (document == nullptr) continue;
        masters.push_back(document);
        for (EditionEvidence& found : master_config_evidence(*document)) evidence.push_back(std::move(found));
    }
    const std::string runner_path =
        inputs.runner_file.empty() ? default_runner_file(inputs.edition, evidence) : inputs.runner_file;
    const yaml::Document* runners = load_document(runner_path, inputs.max_input_bytes, config, sources, diagnostics);
    std::optional<EditionEvidence> runners_layout = runners != nullptr ? runners_evidence(*runners) : std::nullopt;
    if (runners_layout) evidence.push_back(*runners_layout);

    const Edition* edition = resolve_edition(inputs.edition, evidence, newest_edition(), diagnostics);
    choice.edition = edition;
    if (edition == nullptr) return std::nullopt;
    const std::string reason = edition_reason(inputs.edition, evidence, *edition);
    choice.reason = reason;
    config.edition = edition;
    config.edition_reason = reason;

    const SchemaValidator master_schema{std::string(edition->master_config_schema)};
    auto foreign_master_field = [&](std::string_view field) {
        const Edition* owner = edition_with_field(*edition, &Edition::master_config_schema, field);
        return owner != nullptr ? foreign_construct_note(field, *owner, *edition, reason) : std::string();
    };
    for (const yaml::Document* document : masters) master_schema.validate(*document, diagnostics, foreign_master_field);
    check_config_names(masters, diagnostics);

    // A runners file of another edition (possible only under --edition) is one error, not one per
    // runner type.
    if (runners != nullptr && runners_layout && runners_layout->edition != edition) {
        diagnostics.error("edition", runners_layout->where,
                          fmt::format("this runners file is in the {} layout ({}), and this run reads {} ({}), "
                                      "whose runners file has {}",
                                      runners_layout->edition->name, runners_layout->construct, edition->name, reason,
                                      edition->runner_labels_key.empty()
                                          ? std::string("one runner type per key, each a list of node names")
                                          : fmt::format("'{}:' (runner label: [nodes]){}", edition->runner_labels_key,
                                                        edition->runner_hardware_key.empty()
                                                            ? std::string()
                                                            : fmt::format(" and optional '{}:'",
                                                                          edition->runner_hardware_key))));
        runners = nullptr;
    } else if (runners != nullptr) {
        SchemaValidator{std::string(edition->runners_schema)}.validate(*runners, diagnostics);
    }

    // Rules the schema cannot express are checked even when the schema found problems, so one
    // run reports everything. Runners first: agentic rows need their hardware.
    if (runners != nullptr) build_runner_types(*runners, config);
    for (const yaml::Document* document : masters) build_master_entries(*document, config, diagnostics);
    if (diagnostics.error_count() != errors_before) {
        if (!inputs.set_aside_invalid_entries || !set_aside_invalid_entries(masters, diagnostics, first_new, config)) {
            return std::nullopt;
        }
    }
    return config;
}

}  // namespace sweepc
