#include "shell/nesting_limit.h"

#include <vector>

namespace sweepc::shell {

SyntaxNode first_node_nested_deeper_than(const SyntaxTree& tree, std::size_t limit) {
    SyntaxNode found;
    std::vector<std::size_t> nesting;  // nesting of the node at each tree depth on the current path
    walk_preorder(tree.root(), [&](const WalkStep& step) {
        if (!found.is_null()) return WalkAction::skip_children;
        std::size_t parent_nesting = step.depth == 0 ? 0 : nesting[step.depth - 1];
        bool chain_link = step.node.is("list") && step.parent.is("list");
        std::size_t here = step.depth == 0 ? 0 : parent_nesting + (chain_link ? 0 : 1);
        nesting.resize(step.depth + 1);
        nesting[step.depth] = here;
        if (here > limit) {
            found = step.node;
            return WalkAction::skip_children;
        }
        return WalkAction::descend;
    });
    return found;
}

}  // namespace sweepc::shell
