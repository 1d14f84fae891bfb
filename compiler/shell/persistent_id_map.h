#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>

namespace sweepc::shell {

// An immutable map from small dense ids (0 .. id_count-1) to values, shared between versions.
//
// The flow analysis keeps one map of variable facts per path and copies it at every branch. A plain
// std::map made that quadratic (every statement copied and merged every variable). Here a version is
// a fixed-shape 8-ary trie: copying is a pointer copy, `set` copies only the path to one leaf
// (O(log id_count)), and `merge` walks only the subtrees in which the two versions differ, so joining
// two paths costs what was changed on them, not the size of the script.
template <typename Value>
class PersistentIdMap {
public:
    PersistentIdMap() = default;
    explicit PersistentIdMap(std::size_t id_count) : levels_(levels_for(id_count)) {}

    const Value* find(std::uint32_t id) const {
        const Node* node = root_.get();
        for (int level = levels_ - 1; node != nullptr && level >= 0; --level) node = node->children[slot(id, level)].get();
        return node != nullptr && node->value ? &*node->value : nullptr;
    }

    void set(std::uint32_t id, const Value& value) { root_ = with(root_.get(), id, value, levels_ - 1); }

    bool shares_root_with(const PersistentIdMap& other) const { return root_ == other.root_; }

    // Every id present in `a` or `b`, through `merge(const Value* a_or_null, const Value* b_or_null)`;
    // subtrees the two versions share are kept as they are (merge of a value with itself must give it).
    template <typename Merge>
    static PersistentIdMap merged(const PersistentIdMap& a, const PersistentIdMap& b, Merge&& merge) {
        PersistentIdMap out;
        out.levels_ = a.levels_;
        out.root_ = merge_nodes(a.root_, b.root_, a.levels_ - 1, merge);
        return out;
    }

private:
    static constexpr int bits = 3;
    static constexpr std::size_t arity = std::size_t{1} << bits;

    struct Node {
        std::array<std::shared_ptr<const Node>, arity> children{};
        std::optional<Value> value;  // leaves only
    };
    using Ptr = std::shared_ptr<const Node>;

    static int levels_for(std::size_t id_count) {
        int levels = 1;
        for (std::size_t capacity = arity; capacity < id_count && levels < 11; capacity <<= bits) ++levels;
        return levels;
    }
    static std::size_t slot(std::uint32_t id, int level) {
        return (id >> (static_cast<unsigned>(level) * bits)) & (arity - 1);
    }

    // The trie below `node` with `id` set; level -1 is a leaf. Recursion depth is the trie height.
    static Ptr with(const Node* node, std::uint32_t id, const Value& value, int level) {
        auto copy = node != nullptr ? std::make_shared<Node>(*node) : std::make_shared<Node>();
        if (level < 0) {
            copy->value = value;
        } else {
            std::size_t i = slot(id, level);
            copy->children[i] = with(copy->children[i].get(), id, value, level - 1);
        }
        return copy;
    }

    template <typename Merge>
    static Ptr merge_nodes(const Ptr& a, const Ptr& b, int level, Merge& merge) {
        if (a == b) return a;
        auto out = std::make_shared<Node>();
        if (level < 0) {
            const Value* va = a && a->value ? &*a->value : nullptr;
            const Value* vb = b && b->value ? &*b->value : nullptr;
            out->value = merge(va, vb);
            return out;
        }
        static const Ptr none;
        for (std::size_t i = 0; i < arity; ++i) {
            out->children[i] = merge_nodes(a ? a->children[i] : none, b ? b->children[i] : none, level - 1, merge);
        }
        return out;
    }

    int levels_ = 1;
    Ptr root_;
};

}  // namespace sweepc::shell
