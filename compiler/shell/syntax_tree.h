#pragma once
#include <memory>
#include <string>
#include <string_view>
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

    SyntaxNode parent() const { return wrap(ts_node_parent(node_)); }
    std::vector<SyntaxNode> children() const;
    std::vector<SyntaxNode> named_children() const;
    SyntaxNode field(std::string_view name) const;
    // Every child filed under `name` (a command's `argument`s, a for loop's `value`s).
    std::vector<SyntaxNode> fields(std::string_view name) const;
    // The field under which `child` hangs from this node, or "" when it has none.
    std::string_view field_name_of(const SyntaxNode& child) const;
    SyntaxNode next_named_sibling() const { return wrap(ts_node_next_named_sibling(node_)); }
    SyntaxNode first_named_child_of_type(std::string_view node_type) const;
    // The smallest node that covers the byte range [start, end).
    SyntaxNode descendant_for_bytes(std::size_t start, std::size_t end) const {
        return wrap(ts_node_descendant_for_byte_range(node_, static_cast<uint32_t>(start), static_cast<uint32_t>(end)));
    }

    bool operator==(const SyntaxNode& other) const { return ts_node_eq(node_, other.node_); }

private:
    SyntaxNode wrap(TSNode node) const { return SyntaxNode(node, source_); }

    TSNode node_{};
    std::string_view source_;
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

// Calls `visit` on `node` and every descendant, parents before children, in source order.
template <typename Visit>
void visit_preorder(const SyntaxNode& node, Visit&& visit) {
    visit(node);
    for (const SyntaxNode& child : node.children()) visit_preorder(child, visit);
}

}  // namespace sweepc::shell
