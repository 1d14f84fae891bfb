#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "shell/syntax_tree.h"

namespace sweepc::shell {

// Where an assigned value comes from; decides whether the value can be trusted to be a number.
enum class ValueOrigin {
    literal,         // X=1, X=abc, X=
    arithmetic,      // X=$((A + 1)): always an integer
    variable,        // X=$Y: whatever Y holds
    command_output,  // X=$(cmd), X=`cmd`, X=$(<file)
    numeric_output,  // X=$(date +%s), X=$(wc -l <f), X=$(grep -c x f): a number by construction
    read_input,      // read X, mapfile X
};

// plain: X=1; exported: export X=1, declare -x X=1; local: local X=1; declared: declare/typeset/
// readonly X=1; command_prefix: X=1 cmd; read: read X; loop: for X in; arithmetic: (( X = 1 )),
// let X=1; option_value: printf -v X, getopts s X.
enum class AssignmentKind { plain, exported, local, declared, command_prefix, read, loop, arithmetic, option_value };

struct VariableAssignment {
    std::string name;
    SyntaxNode name_node;   // the variable_name, for a precise location
    SyntaxNode statement;   // the variable_assignment or the command that assigns (read, for)
    AssignmentKind kind = AssignmentKind::plain;
    ValueOrigin origin = ValueOrigin::literal;
};

struct VariableReference {
    std::string name;
    SyntaxNode name_node;   // the variable_name inside $X, ${X…} or $(( X ))
    // ${X:-…}, ${X-…}, ${X:=…}, ${X:?…}, ${X:+…} and friends: the author handles X being unset.
    bool has_default = false;
};

// Flow-insensitive facts about the variables of a script: who assigns, exports, reads and guards
// what, anywhere in the file. The path-sensitive questions live in flow_analysis.h.
struct ScriptVariables {
    std::vector<VariableAssignment> assignments;
    std::vector<VariableReference> reads;
    std::set<std::string> exported;   // export X, export X=…, declare -x X
    std::set<std::string> guarded;    // listed in a guard call such as `check_env_vars X`
    std::set<std::string> tested;     // tested for being set: [ -n "$X" ], [ -z "$X" ], [[ -v X ]], [ "$X" ]
    std::set<std::string> defaulted;  // read somewhere with a default or an error (${X:-…}, ${X:?…})
    std::set<std::string> assigned;   // every name in `assignments`, for lookups
    std::set<std::string> read;       // every name in `reads`, for lookups
    bool exports_everything = false;  // `set -a` / `set -o allexport`: every assignment is exported

    bool assigns(std::string_view name) const;
    bool reads_variable(std::string_view name) const;
    // The names the script reads or requires through a guard, sorted.
    std::set<std::string> read_names() const;
};

ScriptVariables collect_script_variables(const SyntaxTree& tree, const std::vector<std::string>& guard_commands);

// For config rules such as config/ignored-setting: every variable name `script_text` reads ($X,
// ${X…}, $(( X ))) or requires through a guard call (`check_env_vars X`). A script with syntax
// errors still yields the names found in the parts that parse. `guard_commands` defaults to the
// names in configs/shell_environment.json.
std::set<std::string> variables_read_by_script(std::string_view script_text);
std::set<std::string> variables_read_by_script(std::string_view script_text,
                                               const std::vector<std::string>& guard_commands);

// Helpers shared with the flow analysis and the rules.
ValueOrigin classify_value(const SyntaxNode& value);
// True when `node` is or contains a node of `node_type` (iterative).
bool contains_type(const SyntaxNode& node, std::string_view node_type);
// ${X:-…}, ${X:=…}, ${X:?…}, ${X:+…} and their forms without ':'.
bool has_default_operator(const SyntaxNode& expansion);
// The command's name as written (`read`, `check_env_vars`), or "" when it is computed.
std::string_view command_name(const SyntaxNode& command);
// A literal word's text without quotes ("abc", 'abc', abc), or nothing when it has expansions.
bool literal_text(const SyntaxNode& node, std::string& out);
// Shell variable names start with a letter or `_`; $1, $#, $? are not variables to reason about.
bool is_named_variable(std::string_view name);

}  // namespace sweepc::shell
