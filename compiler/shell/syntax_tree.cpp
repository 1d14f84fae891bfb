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

std::vector<SyntaxNode> SyntaxNode::children() const {
    std::vector<SyntaxNode> out;
    if (is_null()) return out;
    uint32_t count = ts_node_child_count(node_);
    out.reserve(count);
    for (uint32_t i = 0; i < count; ++i) out.push_back(wrap(ts_node_child(node_, i)));
    return out;
}

std::vector<SyntaxNode> SyntaxNode::named_children() const {
    std::vector<SyntaxNode> out;
    if (is_null()) return out;
    uint32_t count = ts_node_named_child_count(node_);
    out.reserve(count);
    for (uint32_t i = 0; i < count; ++i) out.push_back(wrap(ts_node_named_child(node_, i)));
    return out;
}

SyntaxNode SyntaxNode::field(std::string_view name) const {
    if (is_null()) return {};
    return wrap(ts_node_child_by_field_name(node_, name.data(), static_cast<uint32_t>(name.size())));
}

std::vector<SyntaxNode> SyntaxNode::fields(std::string_view name) const {
    std::vector<SyntaxNode> out;
    if (is_null()) return out;
    TSTreeCursor cursor = ts_tree_cursor_new(node_);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
        do {
            const char* field_name = ts_tree_cursor_current_field_name(&cursor);
            if (field_name != nullptr && name == field_name) out.push_back(wrap(ts_tree_cursor_current_node(&cursor)));
        } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    ts_tree_cursor_delete(&cursor);
    return out;
}

std::string_view SyntaxNode::field_name_of(const SyntaxNode& child) const {
    std::string_view result;
    if (is_null()) return result;
    TSTreeCursor cursor = ts_tree_cursor_new(node_);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
        do {
            if (ts_node_eq(ts_tree_cursor_current_node(&cursor), child.node_)) {
                const char* field_name = ts_tree_cursor_current_field_name(&cursor);
                if (field_name != nullptr) result = field_name;
                break;
            }
        } while (ts_tree_cursor_goto_next_sibling(&cursor));
    }
    ts_tree_cursor_delete(&cursor);
    return result;
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
