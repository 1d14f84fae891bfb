#include "migrate/rewrite_verification.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <utility>
#include <vector>

#include "load/yaml_loader.h"

namespace sweepc::migrate {
namespace {

bool same_scalar(const yaml::Node& a, const yaml::Node& b) {
    return a.kind == b.kind && a.text == b.text && a.boolean == b.boolean && a.integer == b.integer;
}

bool has_text(const yaml::Node* node, std::string_view text) {
    return node != nullptr && node->kind == yaml::Kind::string && node->text == text;
}

// Compares two trees iteratively (no recursion, whatever the nesting), visiting each pair of
// nodes once so aliases cost no more than the text they stand for.
class TreeComparison {
public:
    TreeComparison(const MigrationPlan& plan, FileKind kind) : step_(plan.step), kind_(kind) {
        for (const KvTransferInsertion& insertion : plan.kv_transfer_added) {
            kv_transfer_[insertion.config] = insertion.backend;
        }
    }

    std::optional<std::string> run(const yaml::Node& before_root, const yaml::Node& after_root) {
        if (kind_ == FileKind::runners) {
            if (after_root.kind != yaml::Kind::mapping || after_root.entries.size() != 1 ||
                !has_text(after_root.entries[0].key, step_.labels_key) || after_root.entries[0].value == nullptr) {
                return difference(after_root,
                                  fmt::format("the rewritten file is not a single '{}' mapping", step_.labels_key));
            }
            push(before_root, *after_root.entries[0].value, false);
        } else if (std::optional<std::string> found = compare_mappings(before_root, after_root, true)) {
            return found;
        }
        while (!pending_.empty()) {
            auto [before, after, is_config] = pending_.back();
            pending_.pop_back();
            if (std::optional<std::string> found = compare(*before, *after, is_config)) return found;
        }
        return std::nullopt;
    }

private:
    struct Pair {
        const yaml::Node* before;
        const yaml::Node* after;
        bool is_config;
    };

    void push(const yaml::Node& before, const yaml::Node& after, bool is_config) {
        if (visited_.insert({&before, &after}).second) pending_.push_back({&before, &after, is_config});
    }

    static std::optional<std::string> difference(const yaml::Node& at, std::string_view what) {
        return fmt::format("{} (line {} of the result)", what, at.location.line);
    }

    std::optional<std::string> compare(const yaml::Node& before, const yaml::Node& after, bool is_config) {
        if (before.kind != after.kind) {
            return difference(
                after, fmt::format("a {} became a {}", yaml::kind_name(before.kind), yaml::kind_name(after.kind)));
        }
        if (before.is_scalar()) {
            if (same_scalar(before, after)) return std::nullopt;
            return difference(after, "a value changed");
        }
        if (before.kind == yaml::Kind::sequence) {
            if (before.items.size() != after.items.size()) return difference(after, "a list changed length");
            for (std::size_t i = 0; i < before.items.size(); ++i) push(*before.items[i], *after.items[i], false);
            return std::nullopt;
        }
        if (is_config) return compare_config(before, after);
        return compare_mappings(before, after, false);
    }

    // Same keys in the same order; the values are compared later. On a master config's top level
    // the values are configs.
    std::optional<std::string> compare_mappings(const yaml::Node& before, const yaml::Node& after,
                                                bool values_are_configs) {
        if (before.kind != after.kind || before.entries.size() != after.entries.size()) {
            return difference(after, "a mapping changed its keys");
        }
        for (std::size_t i = 0; i < before.entries.size(); ++i) {
            const yaml::MappingEntry& b = before.entries[i];
            const yaml::MappingEntry& a = after.entries[i];
            if (!same_scalar(*b.key, *a.key)) return difference(*a.key, "a key changed");
            if ((b.value == nullptr) != (a.value == nullptr)) return difference(*a.key, "a value changed");
            if (b.value != nullptr) {
                push(*b.value, *a.value, values_are_configs && b.value->kind == yaml::Kind::mapping);
            }
        }
        return std::nullopt;
    }

    // A config: `seq-len-configs: X` must read `scenarios: {fixed-seq-len: X}` (the step's keys) and a planned
    // `kv-p2p-transfer` may appear; everything else as before, in order.
    std::optional<std::string> compare_config(const yaml::Node& before, const yaml::Node& after) {
        auto kv = kv_transfer_.find(&before);
        bool kv_seen = false;
        std::size_t i = 0;
        for (const yaml::MappingEntry& a : after.entries) {
            if (kv != kv_transfer_.end() && !kv_seen && has_text(a.key, "kv-p2p-transfer") &&
                (i >= before.entries.size() || !has_text(before.entries[i].key, "kv-p2p-transfer"))) {
                if (!has_text(a.value, kv->second)) return difference(*a.key, "kv-p2p-transfer has another value");
                kv_seen = true;
                continue;
            }
            if (i >= before.entries.size()) return difference(*a.key, "a key was added");
            const yaml::MappingEntry& b = before.entries[i++];
            if (has_text(b.key, step_.old_blocks_key)) {
                const yaml::Node* outer = a.value;
                if (!has_text(a.key, step_.new_blocks_key) || outer == nullptr || outer->kind != yaml::Kind::mapping ||
                    outer->entries.size() != 1 || !has_text(outer->entries[0].key, step_.new_blocks_inner_key) ||
                    outer->entries[0].value == nullptr) {
                    return difference(*a.key, fmt::format("{} did not become {}: {}", step_.old_blocks_key,
                                                          step_.new_blocks_key, step_.new_blocks_inner_key));
                }
                push(*b.value, *outer->entries[0].value, false);
                continue;
            }
            if (!same_scalar(*b.key, *a.key)) return difference(*a.key, "a key changed");
            if ((b.value == nullptr) != (a.value == nullptr)) return difference(*a.key, "a value changed");
            if (b.value != nullptr) push(*b.value, *a.value, false);
        }
        if (i != before.entries.size()) return difference(after, "a key was lost");
        if (kv != kv_transfer_.end() && !kv_seen) return difference(after, "kv-p2p-transfer was not added");
        return std::nullopt;
    }

    const EditionStep& step_;
    FileKind kind_;
    std::map<const yaml::Node*, std::string> kv_transfer_;
    std::set<std::pair<const yaml::Node*, const yaml::Node*>> visited_;
    std::vector<Pair> pending_;
};

}  // namespace

std::optional<yaml::Document> parse_rewrite(const std::string& path, const std::string& text, std::string& problem) {
    Diagnostics scratch;
    std::optional<yaml::Document> parsed = yaml::load_yaml(SourceFile(path, text), scratch);
    if (parsed && !scratch.has_errors()) return parsed;
    problem = "the result does not parse";
    for (const Diagnostic& diagnostic : scratch.all()) {
        if (diagnostic.severity != Severity::error) continue;
        problem = fmt::format("the result does not parse: {} (line {} of the result)", diagnostic.message,
                              diagnostic.location.line);
        break;
    }
    return std::nullopt;
}

std::optional<std::string> verify_rewrite(const yaml::Document& before, const yaml::Document& after, FileKind kind,
                                          const MigrationPlan& plan) {
    TreeComparison comparison(plan, kind);
    return comparison.run(*before.root, *after.root);
}

}  // namespace sweepc::migrate
