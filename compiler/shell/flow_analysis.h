#pragma once
#include <string>
#include <vector>

#include "shell/script_variables.h"
#include "shell/syntax_tree.h"

namespace sweepc::shell {

// Which test construct an integer comparison sits in: `[`/`test` fail with "integer expression
// expected" on an empty operand, while `[[` evaluates operands arithmetically (empty is 0).
enum class TestSyntax { single_bracket, test_builtin, double_bracket };

// What the analysis knows about one variable operand at the point of a comparison, on every path
// that reaches it.
struct ComparedVariable {
    std::string name;
    SyntaxNode operand;            // the operand as written: "$EP_SIZE", ${X:-0}, $version
    bool has_safe_default = false; // ${X:-…}, ${X:=…} or ${X:?…}: never empty
    bool may_be_empty = false;     // on some path: never assigned, not guarded, not tested with -n
    bool unvalidated_external = false;  // on some path: from command output/read, not checked as digits
    int external_line = 0;         // where such a value was assigned (for the message)
    ValueOrigin external_origin = ValueOrigin::command_output;
};

struct IntegerComparison {
    SyntaxNode comparison;  // the binary_expression, or the `test` command
    SyntaxNode test;        // the whole test_command or `test` command
    TestSyntax syntax = TestSyntax::single_bracket;
    std::string op;         // -gt, -lt, ...
    std::vector<ComparedVariable> variables;
    // In `[[ A && B ]]` (or under `!`) a comparison rewritten as `X || Y` needs parentheses.
    bool inside_test_operator = false;
    // `A && [ ... ]`, `! [ ... ]`: a test rewritten as `X || Y` needs `{ ...; }` around it.
    bool test_in_command_list = false;
};

// Walks the script in execution order, following if/elif/else, &&, ||, case and loops, and keeps
// per path whether each variable may be empty (never assigned, not guarded, no -n test) and
// whether it holds an unvalidated value from outside (command output, read) with no digits check
// (`=~ ^[0-9]+$`, a `case` on digits). Function bodies are analysed as if called after the top
// level: a variable assigned or guarded anywhere at top level counts as set there.
// A test whose standard error is redirected (`[ "$X" -gt 0 ] 2>/dev/null`) is one whose author
// expects a non-number, so it is not reported. The caller checks the nesting limit first
// (nesting_limit.h): the analysis recurses once per nesting level.
std::vector<IntegerComparison> find_integer_comparisons(const SyntaxTree& tree, const ScriptVariables& variables,
                                                        const std::vector<std::string>& guard_commands);

bool is_integer_test_operator(std::string_view op);

}  // namespace sweepc::shell
