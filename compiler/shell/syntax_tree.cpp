#include "shell/syntax_tree.h"

#include <stdexcept>

extern "C" const TSLanguage* tree_sitter_bash(void);

namespace sweepc::shell {
namespace {

struct ParserDeleter {
    void operator()(TSParser* parser) const { ts_parser_delete(parser); }
};

}  // namespace

std::string_view SyntaxNode::text() const {
    if (is_null()) return {};
    std::size_t start = start_byte();
    std::size_t end = end_byte();
    if (end > source_.size() || start > end) return {};
    return source_.substr(start, end - start);
}

TextSpan SyntaxNode::span() const {
    TSPoint start = ts_node_start_point(node_);
    TSPoint end = ts_node_end_point(node_);
    return {static_cast<int>(start.row) + 1, static_cast<int>(start.column) + 1, static_cast<int>(end.row) + 1,
            static_cast<int>(end.column) + 1};
}

namespace {

// Calls `visit(node, field)` on each child of `node`, with one cursor: linear in the child count.
template <typename Visit>
void for_each_child(TSNode node, Visit&& visit) {
    TSTreeCursor cursor = ts_tree_cursor_new(node);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
        do {
            const char* field = ts_tree_cursor_current_field_name(&cursor);
            visit(ts_tree_cursor_current_node(&cursor), field == nullptr ? std::string_view{} : std::string_view(field));
        } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    ts_tree_cursor_delete(&cursor);
}

}  // namespace

std::vector<SyntaxNode> SyntaxNode::children() const {
    std::vector<SyntaxNode> out;
    if (is_null()) return out;
    for_each_child(node_, [&](TSNode child, std::string_view) { out.push_back(wrap(child)); });
    return out;
}

std::vector<SyntaxNode> SyntaxNode::named_children() const {
    std::vector<SyntaxNode> out;
    if (is_null()) return out;
    for_each_child(node_, [&](TSNode child, std::string_view) {
        if (ts_node_is_named(child)) out.push_back(wrap(child));
    });
    return out;
}

SyntaxNode SyntaxNode::field(std::string_view name) const {
    if (is_null()) return {};
    return wrap(ts_node_child_by_field_name(node_, name.data(), static_cast<uint32_t>(name.size())));
}

std::vector<SyntaxNode> SyntaxNode::fields(std::string_view name) const {
    std::vector<SyntaxNode> out;
    if (is_null()) return out;
    for_each_child(node_, [&](TSNode child, std::string_view field) {
        if (field == name) out.push_back(wrap(child));
    });
    return out;
}

std::vector<SyntaxNode::Child> SyntaxNode::children_with_fields() const {
    std::vector<Child> out;
    if (is_null()) return out;
    for_each_child(node_, [&](TSNode child, std::string_view field) { out.push_back({wrap(child), field}); });
    return out;
}

SyntaxNode SyntaxNode::first_named_child_of_type(std::string_view node_type) const {
    for (const SyntaxNode& child : named_children()) {
        if (child.type() == node_type) return child;
    }
    return {};
}

SyntaxTree::SyntaxTree(std::string source) : source_(std::make_unique<std::string>(std::move(source))) {
    std::unique_ptr<TSParser, ParserDeleter> parser(ts_parser_new());
    // Fails only when the grammar's ABI does not match the runtime: a build problem, not user input.
    if (!ts_parser_set_language(parser.get(), tree_sitter_bash())) {
        throw std::runtime_error("the bash grammar's tree-sitter ABI does not match libtree-sitter");
    }
    tree_.reset(ts_parser_parse_string(parser.get(), nullptr, source_->data(), static_cast<uint32_t>(source_->size())));
    if (!tree_) throw std::runtime_error("tree-sitter could not parse the script");
}

SyntaxNode SyntaxTree::root() const { return SyntaxNode(ts_tree_root_node(tree_.get()), *source_); }

}  // namespace sweepc::shell
