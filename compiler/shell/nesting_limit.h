#pragma once
#include <cstddef>

#include "shell/syntax_tree.h"

namespace sweepc::shell {

// How deep a script's syntax may nest before the path-sensitive analysis refuses it. The deepest
// script of the suite's two trees nests 18 levels (functions, ifs, loops and `$(...)` inside each
// other); 500 is far above any real script and keeps the recursive flow analysis (at most three
// frames per level) within a few MB of stack even in a sanitizer build. Everything else that walks
// the tree is iterative and has no limit.
inline constexpr std::size_t max_nesting_depth = 500;

// Nesting is counted in syntax-tree levels, except that the links of a `&&`/`||` chain count once
// (`a && b && c` is one level, not two): the flow analysis walks such chains in a loop, so a
// 55 KB line of `true && true && ...` is not nesting.
// Returns the first node, in source order, nested deeper than `limit`, or a null node.
SyntaxNode first_node_nested_deeper_than(const SyntaxTree& tree, std::size_t limit = max_nesting_depth);

}  // namespace sweepc::shell
