#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <tree_sitter/api.h>

namespace sweepc::shell {

// A 1-based line/column span (columns count bytes), ready for a SourceLocation.
struct TextSpan {
    int line = 0;
    int column = 0;
    int end_line = 0;
    int end_column = 0;
};

// A node of a parsed script. A value type: it borrows the tree and the text, so it must not outlive
// the SyntaxTree it came from. A null node (no such child) answers is_null() and nothing else.
class SyntaxNode {
public:
    SyntaxNode() = default;
    SyntaxNode(TSNode node, std::string_view source) : node_(node), source_(source) {}

    bool is_null() const { return ts_node_is_null(node_); }
    bool is_named() const { return ts_node_is_named(node_); }
    bool is_error() const { return type() == "ERROR" || ts_node_is_missing(node_); }
    // The grammar's name for the node ("command", "test_command"; for anonymous tokens the token, "[").
    std::string_view type() const { return ts_node_type(node_); }
    bool is(std::string_view node_type) const { return !is_null() && type() == node_type; }
    std::string_view text() const;

    std::size_t start_byte() const { return ts_node_start_byte(node_); }
    std::size_t end_byte() const { return ts_node_end_byte(node_); }
    TextSpan span() const;
    int line() const { return static_cast<int>(ts_node_start_point(node_).row) + 1; }

    // Children in order, read with a tree cursor (linear in their number; tree-sitter's
    // ts_node_child(i) is linear in i, and ts_node_parent walks down from the root, so neither is
    // offered: code that needs a node's parent gets it from walk_preorder).
    std::vector<SyntaxNode> children() const;
    std::vector<SyntaxNode> named_children() const;
    SyntaxNode field(std::string_view name) const;
    // Every child filed under `name` (a command's `argument`s, a for loop's `value`s).
    std::vector<SyntaxNode> fields(std::string_view name) const;
    struct Child;
    // Every child with the field it hangs under ("" when none).
    std::vector<Child> children_with_fields() const;
    SyntaxNode first_named_child_of_type(std::string_view node_type) const;

    bool operator==(const SyntaxNode& other) const { return ts_node_eq(node_, other.node_); }

private:
    SyntaxNode wrap(TSNode node) const { return SyntaxNode(node, source_); }

    friend class TreeWalk;
    TSNode node_{};
    std::string_view source_;
};

struct SyntaxNode::Child {
    SyntaxNode node;
    std::string_view field;
};

// A script parsed with the bash grammar. tree-sitter always yields a tree; syntax errors become
// ERROR nodes, which the analysis skips over rather than giving up on the whole file.
class SyntaxTree {
public:
    explicit SyntaxTree(std::string source);

    SyntaxNode root() const;
    const std::string& source() const { return *source_; }
    bool has_errors() const { return ts_node_has_error(ts_tree_root_node(tree_.get())); }

private:
    struct TreeDeleter {
        void operator()(TSTree* tree) const { ts_tree_delete(tree); }
    };
    // Held by pointer so nodes' views of the text stay valid when the tree is moved.
    std::unique_ptr<std::string> source_;
    std::unique_ptr<TSTree, TreeDeleter> tree_;
};

// One node of a walk, with what a visitor usually needs to know about where it sits.
struct WalkStep {
    SyntaxNode node;
    SyntaxNode parent;         // null for the node the walk started at
    std::string_view field;    // the field `node` hangs under in `parent`, or ""
    std::size_t depth = 0;     // ancestors between the start of the walk and `node`
};

enum class WalkAction { descend, skip_children };

// Visits `root` and every descendant, parents before children, in source order, with a tree cursor
// and a heap stack: no recursion, so a script nested thousands of levels deep cannot overflow the
// C++ stack. `visit` returns WalkAction (or nothing, meaning descend).
class TreeWalk {
public:
    template <typename Visit>
    static void preorder(const SyntaxNode& root, Visit&& visit);
};

template <typename Visit>
void TreeWalk::preorder(const SyntaxNode& root, Visit&& visit) {
    if (root.is_null()) return;
    TSTreeCursor cursor = ts_tree_cursor_new(root.node_);
    std::vector<SyntaxNode> ancestors;
    for (;;) {
        SyntaxNode node(ts_tree_cursor_current_node(&cursor), root.source_);
        const char* field = ancestors.empty() ? nullptr : ts_tree_cursor_current_field_name(&cursor);
        WalkStep step{node, ancestors.empty() ? SyntaxNode{} : ancestors.back(),
                      field == nullptr ? std::string_view{} : std::string_view(field), ancestors.size()};
        bool descend = true;
        if constexpr (std::is_same_v<std::invoke_result_t<Visit&, const WalkStep&>, WalkAction>) {
            descend = visit(step) == WalkAction::descend;
        } else {
            visit(step);
        }
        if (descend && ts_tree_cursor_goto_first_child(&cursor)) {
            ancestors.push_back(node);
            continue;
        }
        // No (wanted) children: the next sibling, or the next sibling of the nearest ancestor.
        bool done = false;
        for (;;) {
            if (ancestors.empty()) {
                done = true;
                break;
            }
            if (ts_tree_cursor_goto_next_sibling(&cursor)) break;
            ts_tree_cursor_goto_parent(&cursor);
            ancestors.pop_back();
        }
        if (done) break;
    }
    ts_tree_cursor_delete(&cursor);
}

template <typename Visit>
void walk_preorder(const SyntaxNode& root, Visit&& visit) {
    TreeWalk::preorder(root, std::forward<Visit>(visit));
}

}  // namespace sweepc::shell
