#include "migrate/master_config_migration.h"

#include <fmt/format.h>

#include <set>

#include "migrate/value_extent.h"
#include "migrate/yaml_scalar_text.h"
#include "migrate/yaml_token_scan.h"

namespace sweepc::migrate {
namespace {

constexpr const char* rule_id = "migrate";

std::string spaces(int count) {
    return std::string(static_cast<std::size_t>(count > 0 ? count : 0), ' ');
}

// Rewrites one config mapping. Shares the file's text and line table with the per-entry steps.
class ConfigRewriter {
public:
    ConfigRewriter(std::string_view text, const LineTable& lines, MigrationPlan& plan, Diagnostics& diagnostics)
        : text_(text), lines_(lines), plan_(plan), step_(plan.step), diagnostics_(diagnostics) {}

    // `config_key` is the config's name node; `config` its mapping.
    bool rename_and_wrap(const yaml::Node& config_key, const yaml::Node& config, const yaml::MappingEntry& entry) {
        const std::string& name = config_key.text;
        if (entry.value == nullptr || entry.value->kind != yaml::Kind::sequence) {
            return fail(
                entry.key->location,
                fmt::format("'{}' of config '{}' is {}, not a list of sequence-length blocks; fix it under "
                            "{} first",
                            step_.old_blocks_key, name,
                            entry.value == nullptr ? "empty" : yaml::kind_name(entry.value->kind), step_.from->name));
        }
        std::optional<EntryText> where = entry_text(name, entry);
        if (!where) return false;

        const std::size_t key_offset = lines_.offset_of(entry.key->location);
        plan_.edits.replace(key_offset, where->key_length, renamed_key(text_.substr(key_offset, where->key_length)));
        const std::size_t after_colon = where->colon + 1;
        if (is_flow(config)) {
            const bool spaced = after_colon < text_.size() && text_[after_colon] == ' ';
            plan_.edits.insert(after_colon, fmt::format(" {{{}:{}", step_.new_blocks_inner_key, spaced ? "" : " "));
            plan_.edits.insert(where->value.end, "}");
            return true;
        }
        const int key_column = entry.key->location.column - 1;
        const int step = indentation_step(config_key, key_column);
        plan_.edits.insert(after_colon, fmt::format("{}{}{}:", lines_.newline(), spaces(key_column + step),
                                                    step_.new_blocks_inner_key));
        shift_lines(entry.key->location.line + 1, where->value.last_line, step);
        return true;
    }

    bool add_kv_transfer(const yaml::Node& config_key, const yaml::Node& config, const std::string& backend) {
        const std::string& name = config_key.text;
        const yaml::MappingEntry* anchor = own_entry(config, "disagg");
        if (anchor == nullptr) anchor = own_entry(config, "multinode");
        if (anchor == nullptr) {
            return fail(config_key.location,
                        fmt::format("config '{}' takes 'disagg' and 'multinode' through a merge key ('<<'), so "
                                    "there is no place of its own to add 'kv-p2p-transfer'; write 'disagg' in the "
                                    "config, then migrate",
                                    name));
        }
        std::optional<EntryText> where = entry_text(name, *anchor);
        if (!where) return false;
        const std::string declaration = "kv-p2p-transfer: " + yaml_scalar_text(backend);
        if (is_flow(config)) {
            plan_.edits.insert(where->value.end, ", " + declaration);
            return true;
        }
        const std::string line = spaces(anchor->key->location.column - 1) + declaration;
        const std::size_t next = lines_.next_line_start(where->value.last_line);
        if (next == text_.size() && (text_.empty() || text_.back() != '\n')) {
            plan_.edits.insert(next, std::string(lines_.newline()) + line);
        } else {
            plan_.edits.insert(next, line + std::string(lines_.newline()));
        }
        return true;
    }

    // An entry written inside this mapping rather than taken from a merge key: merged entries
    // come from an anchored mapping, which the file defines earlier.
    const yaml::MappingEntry* own_entry(const yaml::Node& mapping, std::string_view key) const {
        const std::size_t start = lines_.offset_of(mapping.location);
        for (const yaml::MappingEntry& entry : mapping.entries) {
            if (entry.key->text == key && lines_.offset_of(entry.key->location) >= start) return &entry;
        }
        return nullptr;
    }

private:
    struct EntryText {
        std::size_t key_length = 0;
        std::size_t colon = 0;
        ValueExtent value;
    };

    bool fail(const SourceLocation& location, std::string message) {
        diagnostics_.error(rule_id, location, std::move(message));
        return false;
    }

    std::optional<EntryText> entry_text(const std::string& config_name, const yaml::MappingEntry& entry) {
        const SourceLocation& key = entry.key->location;
        EntryText where;
        where.key_length = static_cast<std::size_t>(key.end_column > key.column ? key.end_column - key.column : 0);
        std::optional<std::size_t> colon = find_key_colon(text_, lines_.offset_of(key) + where.key_length);
        if (!colon) {
            fail(key, fmt::format("'{}' of config '{}' is written as an explicit key ('? key'); write it as "
                                  "'{}:' and migrate again",
                                  entry.key->text, config_name, entry.key->text));
            return std::nullopt;
        }
        where.colon = *colon;
        std::optional<ValueExtent> value = locate_value(text_, lines_, *colon + 1, key.column - 1);
        if (!value) {
            fail(key, fmt::format("cannot tell where the value of '{}' of config '{}' ends (a scalar over several "
                                  "lines or an unclosed bracket); write it on one line or as a block and migrate "
                                  "again",
                                  entry.key->text, config_name));
            return std::nullopt;
        }
        where.value = *value;
        return where;
    }

    bool is_flow(const yaml::Node& mapping) const {
        const std::size_t content = skip_to_node_content(text_, lines_.offset_of(mapping.location));
        return content < text_.size() && text_[content] == '{';
    }

    // How far the config's keys sit right of the config's name: the step the file indents by.
    static int indentation_step(const yaml::Node& config_key, int key_column) {
        const int step = key_column - (config_key.location.column - 1);
        return step > 0 ? step : 2;
    }

    // Keeps the key's quoting: `seq-len-configs`, `"seq-len-configs"` or `'seq-len-configs'`.
    std::string renamed_key(std::string_view token) const {
        if (token.size() >= 2 && (token.front() == '"' || token.front() == '\'') && token.back() == token.front()) {
            return fmt::format("{0}{1}{0}", token.front(), step_.new_blocks_key);
        }
        return std::string(step_.new_blocks_key);
    }

    // Moves lines [first, last] right by `step` spaces. Empty lines stay empty.
    void shift_lines(int first, int last, int step) {
        for (int line = first; line <= last; ++line) {
            if (lines_.content(line).empty()) continue;
            plan_.edits.insert(lines_.line_start(line), spaces(step));
        }
    }

    std::string_view text_;
    const LineTable& lines_;
    MigrationPlan& plan_;
    const EditionStep& step_;
    Diagnostics& diagnostics_;
};

}  // namespace

bool plan_master_config_migration(std::string_view text, const LineTable& lines, const yaml::Document& document,
                                  const std::vector<KvTransferInsertion>& kv_transfer, MigrationPlan& plan,
                                  Diagnostics& diagnostics) {
    ConfigRewriter rewriter(text, lines, plan, diagnostics);
    const EditionStep& step = plan.step;
    const std::string_view old_key = step.old_blocks_key;
    bool ok = true;
    std::set<const yaml::Node*> rewritten;       // a config reached twice through an alias is one text
    std::set<const yaml::Node*> rewritten_keys;  // the `seq-len-configs` keys edited
    for (const yaml::MappingEntry& config_entry : document.root->entries) {
        const yaml::Node& config = *config_entry.value;
        if (config.kind != yaml::Kind::mapping || !rewritten.insert(&config).second) continue;
        const yaml::MappingEntry* entry = rewriter.own_entry(config, old_key);
        if (entry == nullptr) continue;
        if (config.find(step.new_blocks_key) != nullptr) {
            diagnostics.error(rule_id, entry->key->location,
                              fmt::format("config '{}' has both '{}' ({}) and '{}' ({}); move its blocks under '{}: "
                                          "{}:' by hand",
                                          config_entry.key->text, old_key, step.from->name, step.new_blocks_key,
                                          step.to->name, step.new_blocks_key, step.new_blocks_inner_key));
            ok = false;
            continue;
        }
        if (!rewriter.rename_and_wrap(*config_entry.key, config, *entry)) {
            ok = false;
            continue;
        }
        rewritten_keys.insert(entry->key);
        plan.migrated_configs.push_back(config_entry.key->text);
    }
    // A config may take `seq-len-configs` through a merge key; that works when the merged mapping
    // is itself a config rewritten above.
    for (const yaml::MappingEntry& config_entry : document.root->entries) {
        const yaml::Node& config = *config_entry.value;
        if (config.kind != yaml::Kind::mapping) continue;
        for (const yaml::MappingEntry& entry : config.entries) {
            if (entry.key->text != old_key || rewritten_keys.count(entry.key) != 0) continue;
            if (rewriter.own_entry(config, old_key) != nullptr) break;  // reported above
            diagnostics.error(rule_id, entry.key->location,
                              fmt::format("config '{}' takes '{}' from here through a merge key ('<<'), but this "
                                          "mapping is not a config that migration rewrites; write the blocks in the "
                                          "config, then migrate",
                                          config_entry.key->text, old_key));
            ok = false;
        }
    }
    std::set<const yaml::Node*> declared;
    for (const KvTransferInsertion& insertion : kv_transfer) {
        if (!declared.insert(insertion.config).second) continue;
        if (!rewriter.add_kv_transfer(*insertion.config_key, *insertion.config, insertion.backend)) {
            ok = false;
            continue;
        }
        plan.kv_transfer_added.push_back(insertion);
    }
    return ok;
}

}  // namespace sweepc::migrate
