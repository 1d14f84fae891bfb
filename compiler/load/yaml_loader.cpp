#include "load/yaml_loader.h"

#include <algorithm>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include "load/lookalike.h"
#include "load/scalar_resolver.h"
#include "source/escape.h"

namespace sweepc::yaml {
namespace {

constexpr const char* rule_id = "yaml-syntax";

// Thrown inside the event handler to stop parsing at a located error.
struct StopLoading : std::runtime_error {
    SourceLocation location;
    StopLoading(SourceLocation where, const std::string& message)
        : std::runtime_error(message), location(std::move(where)) {}
};

// The byte length of the scalar's source token starting at `pos`, on its first line: used to
// underline the whole value in diagnostics.
int token_width(const std::string& text, std::size_t pos, const std::string& value) {
    if (pos >= text.size()) return 1;
    char quote = text[pos];
    if (quote == '"' || quote == '\'') {
        for (std::size_t i = pos + 1; i < text.size() && text[i] != '\n'; ++i) {
            if (quote == '"' && text[i] == '\\') {
                ++i;
                continue;
            }
            if (text[i] == quote) {
                if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return static_cast<int>(i - pos + 1);
            }
        }
    }
    std::size_t end = value.find('\n');
    std::size_t width = end == std::string::npos ? value.size() : end;
    return static_cast<int>(width == 0 ? 1 : width);
}

// Keys of one mapping, for finding a duplicate in constant time: two keys are the same when their
// text and kind are (1 and "1" differ, as in YAML).
struct SameKey {
    bool operator()(const Node* a, const Node* b) const { return a->kind == b->kind && a->text == b->text; }
};
struct KeyHash {
    std::size_t operator()(const Node* key) const {
        return std::hash<std::string_view>{}(key->text) ^ static_cast<std::size_t>(key->kind);
    }
};
// Key -> its index in the mapping's entries.
using KeyIndex = std::unordered_map<const Node*, std::size_t, KeyHash, SameKey>;

// Mappings up to this size are searched in place; larger ones get a KeyIndex.
constexpr std::size_t key_scan_limit = 8;

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(const SourceFile& file, Document& document, Diagnostics& diagnostics, const LoadOptions& options)
        : file_(file), document_(document), diagnostics_(diagnostics), options_(options) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        ++documents_;
        if (documents_ > 1) {
            throw StopLoading(location(mark, 3),
                              "a second YAML document starts here; a config file holds exactly one document, "
                              "so remove the '---' separator or move the rest to another file");
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        Node& node = document_.make(Kind::null);
        node.location = location(mark, 1);
        finish(node, anchor, 0);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto it = anchors_.find(anchor);
        if (it == anchors_.end() || it->second.node == nullptr) {
            throw StopLoading(location(mark, 1), "alias refers to a node that contains it; recursive aliases are "
                                                 "not allowed");
        }
        if (open_.size() + it->second.height > options_.max_depth) {
            throw StopLoading(location(mark, 1), fmt::format("this alias makes the YAML nest deeper than {} levels; "
                                                             "config files need only a few",
                                                             options_.max_depth));
        }
        attach(*it->second.node, it->second.expanded, it->second.height, mark, true);
    }

    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        Node& node = document_.make(Kind::string);
        node.location = location(mark, token_width(file_.text(), static_cast<std::size_t>(mark.pos), value));
        // yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
        if (tag == "?" || tag.empty()) {
            if (resolve_plain_scalar(value, node) == ResolveResult::integer_out_of_range) {
                diagnostics_.error(rule_id, node.location,
                                   fmt::format("integer {} does not fit in 64 bits", quoted_value(value)));
            }
        } else if (tag == "!" || tag == "tag:yaml.org,2002:str") {
            node.text = value;
        } else if (tag == "tag:yaml.org,2002:int" || tag == "tag:yaml.org,2002:bool" ||
                   tag == "tag:yaml.org,2002:null" || tag == "tag:yaml.org,2002:float") {
            resolve_plain_scalar(value, node);
        } else {
            diagnostics_.error(rule_id, node.location,
                               fmt::format("unsupported YAML tag {}; config files use plain values", quoted_value(tag)));
            node.text = value;
        }
        finish(node, anchor, value.size());
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        check_collection_tag(tag, mark, "tag:yaml.org,2002:seq");
        Node& node = document_.make(Kind::sequence);
        node.location = location(mark, 1);
        open(node, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        check_collection_tag(tag, mark, "tag:yaml.org,2002:map");
        Node& node = document_.make(Kind::mapping);
        node.location = location(mark, 1);
        open(node, anchor);
    }
    void OnMapEnd() override {
        merge_keys(*open_.back().node);
        close();
    }

    const Node* root() const { return root_; }

private:
    // What a node and everything under it amount to once aliases are expanded.
    struct Expanded {
        std::uint64_t nodes = 1;
        std::uint64_t bytes = 0;  // scalar text
    };
    struct Open {
        Node* node = nullptr;
        YAML::anchor_t anchor = YAML::NullAnchor;
        Expanded expanded;
        std::size_t height = 1;               // levels of collections in it, itself included, aliases expanded
        const Node* pending_key = nullptr;    // mappings: the key waiting for its value
        std::unique_ptr<KeyIndex> keys;       // mappings past key_scan_limit entries
    };
    struct Anchored {
        const Node* node = nullptr;
        Expanded expanded;
        std::size_t height = 0;
    };

    SourceLocation location(const YAML::Mark& mark, int width) const {
        return {file_.path(), mark.line + 1, mark.column + 1, mark.line + 1, mark.column + 1 + width};
    }

    void check_collection_tag(const std::string& tag, const YAML::Mark& mark, const char* standard) {
        if (!tag.empty() && tag != "?" && tag != "!" && tag != standard) {
            diagnostics_.error(rule_id, location(mark, 1),
                               fmt::format("unsupported YAML tag '{}'; config files use plain values", tag));
        }
    }

    void finish(Node& node, YAML::anchor_t anchor, std::uint64_t text_bytes) {
        const Expanded expanded{1, text_bytes};
        if (anchor != YAML::NullAnchor) anchors_[anchor] = {&node, expanded, 0};
        attach(node, expanded, 0, {}, false);
    }

    // yaml-cpp stops at 2000 levels with a recursion guard; this limit is lower and says where.
    void open(Node& node, YAML::anchor_t anchor) {
        if (open_.size() + 1 > options_.max_depth) {
            throw StopLoading(node.location, fmt::format("the YAML is nested deeper than {} levels here; config files "
                                                         "need only a few",
                                                         options_.max_depth));
        }
        Open opened;
        opened.node = &node;
        opened.anchor = anchor;
        open_.push_back(std::move(opened));
    }

    void close() {
        Open done = std::move(open_.back());
        open_.pop_back();
        if (done.pending_key != nullptr) {
            // A key without a value cannot happen with yaml-cpp's events, but stay safe.
            done.node->entries.push_back({done.pending_key, nullptr});
        }
        if (done.anchor != YAML::NullAnchor) anchors_[done.anchor] = {done.node, done.expanded, done.height};
        attach(*done.node, done.expanded, done.height, {}, false);
    }

    // The entry of `parent` whose key equals `key`, or nullptr.
    static const MappingEntry* find_same_key(Open& parent, const Node* key) {
        std::vector<MappingEntry>& entries = parent.node->entries;
        if (parent.keys == nullptr && entries.size() < key_scan_limit) {
            for (const MappingEntry& entry : entries) {
                if (SameKey{}(entry.key, key)) return &entry;
            }
            return nullptr;
        }
        if (parent.keys == nullptr) {
            parent.keys = std::make_unique<KeyIndex>();
            for (std::size_t i = 0; i < entries.size(); ++i) parent.keys->emplace(entries[i].key, i);
        }
        auto found = parent.keys->find(key);
        return found == parent.keys->end() ? nullptr : &entries[found->second];
    }

    // `expanded` is the node and everything under it, aliases expanded. Only aliases count towards
    // the budget, each with its whole expansion: nodes written out are bounded by the size of the
    // file already, and counting them would refuse a large plain file as an alias bomb.
    void attach(const Node& node, const Expanded& expanded, std::size_t height, const YAML::Mark& alias_mark,
                bool from_alias) {
        if (from_alias) {
            alias_nodes_ += expanded.nodes;
            alias_bytes_ += expanded.bytes;
            if (alias_nodes_ > options_.max_alias_nodes) {
                throw StopLoading(location(alias_mark, 1),
                                  fmt::format("aliases expand this document by more than {} nodes; an alias bomb is "
                                              "refused (config files need few aliases, if any)",
                                              options_.max_alias_nodes));
            }
            if (alias_bytes_ > options_.max_alias_bytes) {
                throw StopLoading(location(alias_mark, 1),
                                  fmt::format("aliases expand this document by more than {} bytes of text; an "
                                              "alias bomb is refused (config files need few aliases, if any)",
                                              options_.max_alias_bytes));
            }
        }
        if (open_.empty()) {
            root_ = &node;
            return;
        }
        Open& parent = open_.back();
        parent.expanded.nodes += expanded.nodes;
        parent.expanded.bytes += expanded.bytes;
        parent.height = std::max(parent.height, height + 1);
        if (parent.node->kind == Kind::sequence) {
            parent.node->items.push_back(&node);
            return;
        }
        if (parent.pending_key == nullptr) {
            if (!node.is_scalar()) {
                diagnostics_.error(rule_id, node.location,
                                   "a mapping key must be a plain value, not a list or mapping");
            }
            parent.pending_key = &node;
            return;
        }
        const Node* key = parent.pending_key;
        parent.pending_key = nullptr;
        if (key->is_scalar() && !(key->kind == Kind::string && key->text == "<<")) {
            if (const MappingEntry* first = find_same_key(parent, key)) {
                diagnostics_.error(rule_id, key->location,
                                   fmt::format("duplicate key {} in this mapping; it is first defined at {}:{}:{}. "
                                               "A YAML loader keeps only one of them silently: remove or rename one",
                                               quoted_value(key->text), visible_text(first->key->location.file),
                                               first->key->location.line, first->key->location.column));
            } else if (parent.keys != nullptr) {
                parent.keys->emplace(key, parent.node->entries.size());
            }
        }
        parent.node->entries.push_back({key, &node});
    }

    // YAML 1.1 merge keys (`<<: *defaults`), as PyYAML's safe loader applies them: keys written in
    // the mapping win, then earlier merged mappings win over later ones.
    void merge_keys(Node& mapping) {
        bool has_merge = false;
        for (const MappingEntry& entry : mapping.entries) {
            has_merge = has_merge || (entry.key->kind == Kind::string && entry.key->text == "<<");
        }
        if (!has_merge) return;
        std::vector<MappingEntry> own;
        std::vector<const Node*> sources;
        for (const MappingEntry& entry : mapping.entries) {
            if (!(entry.key->kind == Kind::string && entry.key->text == "<<")) {
                own.push_back(entry);
                continue;
            }
            if (entry.value != nullptr && entry.value->kind == Kind::mapping) {
                sources.push_back(entry.value);
            } else if (entry.value != nullptr && entry.value->kind == Kind::sequence) {
                for (const Node* item : entry.value->items) {
                    if (item->kind == Kind::mapping) sources.push_back(item);
                    else diagnostics_.error(rule_id, item->location, "a merge key '<<' takes mappings only");
                }
            } else if (entry.value != nullptr) {
                diagnostics_.error(rule_id, entry.value->location, "a merge key '<<' takes a mapping or a list of "
                                                                   "mappings");
            }
        }
        std::vector<MappingEntry> merged = own;
        std::unordered_set<std::string_view> present;
        for (const MappingEntry& entry : merged) present.insert(entry.key->text);
        for (const Node* source : sources) {
            for (const MappingEntry& candidate : source->entries) {
                if (present.insert(candidate.key->text).second) merged.push_back(candidate);
            }
        }
        mapping.entries = std::move(merged);
    }

    const SourceFile& file_;
    Document& document_;
    Diagnostics& diagnostics_;
    const LoadOptions& options_;
    std::vector<Open> open_;
    std::unordered_map<YAML::anchor_t, Anchored> anchors_;
    const Node* root_ = nullptr;
    int documents_ = 0;
    std::uint64_t alias_nodes_ = 0;  // nodes and scalar bytes that aliases added, expanded
    std::uint64_t alias_bytes_ = 0;
};

// PyYAML accepts only printable characters: tab, LF, CR, 0x20-0x7E, NEL, and Unicode from U+00A0
// on (no surrogates, no U+FFFE/U+FFFF). Anything else, or bytes that are not UTF-8, is reported here
// with its place, because a parser's own message for it is rarely helpful.
bool check_encoding(const SourceFile& file, Diagnostics& diagnostics) {
    const std::string& text = file.text();
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < text.size();) {
        auto lead = static_cast<unsigned char>(text[i]);
        auto fail = [&](const std::string& message) {
            int column = static_cast<int>(i - line_start) + 1;
            diagnostics.error(rule_id, {file.path(), line, column, line, column + 1}, message);
            return false;
        };
        if (lead < 0x80) {
            if (lead == '\n') {
                ++line;
                line_start = i + 1;
            } else if (lead != '\t' && lead != '\r' && (lead < 0x20 || lead == 0x7F)) {
                return fail(fmt::format("control character 0x{:02X} is not allowed in YAML; delete it", lead));
            }
            ++i;
            continue;
        }
        std::size_t length = (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        bool valid = length != 0 && i + length <= text.size();
        char32_t code_point = length == 2 ? (lead & 0x1Fu) : length == 3 ? (lead & 0x0Fu) : (lead & 0x07u);
        for (std::size_t k = 1; valid && k < length; ++k) {
            auto next = static_cast<unsigned char>(text[i + k]);
            valid = (next & 0xC0) == 0x80;
            code_point = (code_point << 6) | (next & 0x3Fu);
        }
        // Overlong forms and values past U+10FFFF are not UTF-8 either.
        valid = valid && !(length == 2 && code_point < 0x80) && !(length == 3 && code_point < 0x800) &&
                !(length == 4 && (code_point < 0x10000 || code_point > 0x10FFFF));
        if (!valid) {
            return fail(fmt::format("byte 0x{:02X} is not valid UTF-8; save the file as UTF-8", lead));
        }
        if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point == 0xFFFE || code_point == 0xFFFF ||
            (code_point >= 0x80 && code_point < 0xA0 && code_point != 0x85)) {
            return fail(fmt::format("character U+{:04X} is not allowed in YAML; delete it",
                                    static_cast<unsigned>(code_point)));
        }
        i += length;
    }
    return true;
}

std::string lookalike_hint(const SourceFile& file, int error_line) {
    // The look-alike usually sits on the reported line; a flow mapping can report it a line or
    // two later, so look back a little.
    for (int line = error_line; line >= 1 && line >= error_line - 3; --line) {
        std::vector<Lookalike> found = find_lookalikes(file.line(line));
        if (!found.empty()) {
            std::string hint = fmt::format("; the cause is likely on line {}: {}", line, describe_lookalike(found[0]));
            return hint;
        }
    }
    return {};
}

}  // namespace

std::optional<Document> load_yaml(const SourceFile& file, Diagnostics& diagnostics, const LoadOptions& options) {
    if (!check_encoding(file, diagnostics)) return std::nullopt;
    Document document;
    document.path = file.path();
    std::istringstream input(file.text());
    TreeBuilder builder(file, document, diagnostics, options);
    try {
        YAML::Parser parser(input);
        while (parser.HandleNextDocument(builder)) {
        }
    } catch (const StopLoading& stop) {
        diagnostics.error(rule_id, stop.location, stop.what());
        return std::nullopt;
    } catch (const YAML::DeepRecursion& error) {
        diagnostics.error(rule_id, SourceLocation::point(file.path(), error.mark.line + 1, error.mark.column + 1),
                          fmt::format("the YAML is nested deeper than {} levels here; config files need only a few",
                                      error.depth() - 1));
        return std::nullopt;
    } catch (const YAML::Exception& error) {
        int line = error.mark.is_null() ? 0 : error.mark.line + 1;
        int column = error.mark.is_null() ? 0 : error.mark.column + 1;
        std::string message = fmt::format("invalid YAML: {}", error.msg);
        if (line > 0) message += lookalike_hint(file, line);
        diagnostics.error(rule_id, {file.path(), line, column, line, column + 1}, message);
        return std::nullopt;
    }
    document.root = builder.root();
    if (document.root == nullptr) {
        Node& empty = document.make(Kind::null);
        empty.location = SourceLocation::whole_file(file.path());
        document.root = &empty;
    }
    return document;
}

}  // namespace sweepc::yaml
