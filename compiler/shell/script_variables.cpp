#include "shell/script_variables.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_set>

#include "shell/numeric_output.h"
#include "shell/shell_environment_data.h"

namespace sweepc::shell {
namespace {

std::string_view first_child_type(const SyntaxNode& node) {
    std::vector<SyntaxNode> children = node.children();
    return children.empty() ? std::string_view{} : children.front().type();
}

bool declaration_exports(const SyntaxNode& declaration, std::string_view keyword) {
    if (keyword == "export") return true;
    if (keyword != "declare" && keyword != "typeset") return false;
    for (const SyntaxNode& child : declaration.named_children()) {
        std::string_view text = child.text();
        if (child.is("word") && text.starts_with("-") && text.find('x') != std::string_view::npos) return true;
    }
    return false;
}

// The operator token of an arithmetic binary expression ("=", "+=", "<", ...).
std::string_view binary_operator(const SyntaxNode& expression) {
    SyntaxNode op = expression.field("operator");
    if (!op.is_null()) return op.text();
    for (const SyntaxNode& child : expression.children()) {
        if (!child.is_named()) return child.type();
    }
    return {};
}

bool is_arithmetic_assignment_operator(std::string_view op) {
    return op == "=" || op == "+=" || op == "-=" || op == "*=" || op == "/=" || op == "%=" || op == "<<=" ||
           op == ">>=" || op == "&=" || op == "^=" || op == "|=";
}

// The names `read`, `mapfile` and `readarray` store into: their non-option words.
std::vector<SyntaxNode> names_read_into(const SyntaxNode& command, std::string_view name) {
    // Options whose next word is a value, not a variable name.
    static const std::set<std::string_view> read_value_options = {"-p", "-t", "-u", "-n", "-N", "-d", "-i"};
    static const std::set<std::string_view> mapfile_value_options = {"-d", "-n", "-O", "-s", "-u", "-C", "-c"};
    const auto& value_options = name == "read" ? read_value_options : mapfile_value_options;
    std::vector<SyntaxNode> out;
    bool skip_next = false;
    for (const SyntaxNode& argument : command.fields("argument")) {
        std::string text;
        if (!literal_text(argument, text)) {
            skip_next = false;
            continue;
        }
        if (skip_next) {
            skip_next = false;
            continue;
        }
        if (text.starts_with("-")) {
            skip_next = value_options.count(text) > 0;
            continue;
        }
        if (is_named_variable(text)) out.push_back(argument);
    }
    return out;
}

class Collector {
public:
    Collector(const std::vector<std::string>& guard_commands, ScriptVariables& out)
        : guard_commands_(guard_commands), out_(out) {}

    void visit(const WalkStep& step) {
        const SyntaxNode& node = step.node;
        // tree-sitter recovers from what it cannot parse with ERROR nodes, whose insides are guesses
        // (a word of a misparsed `[[ ... (( ... )) ]]` may show up as a variable name): no reads there.
        if (error_depth_ != none && step.depth <= error_depth_) error_depth_ = none;
        if (error_depth_ == none && node.is_error()) error_depth_ = step.depth;
        std::string_view type = node.type();
        if (type == "variable_name") {
            add_variable_name(step);
        } else if (type == "variable_assignment") {
            add_assignment(node, step.parent);
        } else if (type == "declaration_command" || type == "unset_command") {
            add_declaration(node);
        } else if (type == "for_statement") {
            SyntaxNode variable = node.field("variable");
            if (!variable.is_null()) {
                targets_.insert(variable.start_byte());
                add({std::string(variable.text()), variable, node, AssignmentKind::loop, ValueOrigin::literal});
            }
        } else if (type == "binary_expression") {
            // (( x = 1 )), $(( n += 2 )): the left side is assigned.
            SyntaxNode left = node.field("left");
            std::string_view op = binary_operator(node);
            if (left.is("variable_name") && is_arithmetic_assignment_operator(op)) {
                if (op == "=") targets_.insert(left.start_byte());
                add({std::string(left.text()), left, node, AssignmentKind::arithmetic, ValueOrigin::arithmetic});
            }
        } else if (type == "postfix_expression" || type == "unary_expression") {
            // i++ / ++i in arithmetic: assigned (and read).
            std::vector<SyntaxNode> parts = node.named_children();
            std::string_view text = node.text();
            if (parts.size() == 1 && parts.front().is("variable_name") &&
                (text.find("++") != std::string_view::npos || text.find("--") != std::string_view::npos)) {
                add({std::string(parts.front().text()), parts.front(), node, AssignmentKind::arithmetic,
                     ValueOrigin::arithmetic});
            }
            if (type == "unary_expression") add_test(node);
        } else if (type == "test_command") {
            // `[ "$X" ]`: true when X is set and not empty.
            std::vector<SyntaxNode> parts = node.named_children();
            if (parts.size() == 1) add_tested_operand(parts.front());
        } else if (type == "command") {
            add_command(node);
        }
    }

private:
    void add(VariableAssignment assignment) {
        out_.assigned.insert(assignment.name);
        out_.assignments.push_back(std::move(assignment));
    }

    // Where a variable_name is a read: $X, ${X...} (its subject, not words of its default, which
    // tree-sitter-bash sometimes parses as names: `${X:-lm-eval}`), arr[i], and arithmetic.
    static bool is_read_position(const WalkStep& step) {
        const SyntaxNode& parent = step.parent;
        std::string_view type = parent.type();
        if (type == "expansion") return step.node.start_byte() <= parent.start_byte() + 3;
        return type == "simple_expansion" || type == "subscript" || type == "arithmetic_expansion" ||
               type == "binary_expression" || type == "unary_expression" || type == "postfix_expression" ||
               type == "parenthesized_expression" || type == "ternary_expression";
    }

    void add_variable_name(const WalkStep& step) {
        const SyntaxNode& node = step.node;
        if (targets_.count(node.start_byte()) || !is_named_variable(node.text())) return;
        if (error_depth_ != none || !is_read_position(step)) return;
        const SyntaxNode& parent = step.parent;
        bool has_default = parent.is("expansion") && has_default_operator(parent);
        std::string name(node.text());
        if (has_default) out_.defaulted.insert(name);
        out_.read.insert(name);
        out_.reads.push_back({std::move(name), node, has_default});
    }

    void add_assignment(const SyntaxNode& assignment, const SyntaxNode& parent) {
        SyntaxNode name = assignment.field("name");
        if (name.is("subscript")) name = name.field("name");
        if (name.is_null()) return;
        targets_.insert(name.start_byte());
        AssignmentKind kind = AssignmentKind::plain;
        if (parent.is("command")) kind = AssignmentKind::command_prefix;
        if (parent.is("declaration_command")) {
            auto found = declaration_kinds_.find(parent.start_byte());
            if (found != declaration_kinds_.end()) kind = found->second;
        }
        add({std::string(name.text()), name, assignment, kind, classify_value(assignment.field("value"))});
    }

    void add_declaration(const SyntaxNode& declaration) {
        std::string_view keyword = first_child_type(declaration);
        bool exports = declaration_exports(declaration, keyword);
        AssignmentKind kind = exports ? AssignmentKind::exported
                              : keyword == "local" ? AssignmentKind::local
                                                   : AssignmentKind::declared;
        declaration_kinds_[declaration.start_byte()] = kind;
        for (const SyntaxNode& child : declaration.named_children()) {
            if (child.is("variable_name")) {
                targets_.insert(child.start_byte());
                if (exports) out_.exported.insert(std::string(child.text()));
                // `local x`, `declare -a x`: x exists (empty) from here on. `unset x` is not an assignment.
                if (declaration.is("declaration_command") && keyword != "export") {
                    add({std::string(child.text()), child, declaration, kind, ValueOrigin::literal});
                }
            }
            if (child.is("variable_assignment") && exports) out_.exported.insert(std::string(child.field("name").text()));
        }
    }

    void add_tested_operand(const SyntaxNode& operand) {
        SyntaxNode expansion = operand;
        if (operand.is("string")) {
            std::vector<SyntaxNode> parts = operand.named_children();
            if (parts.size() != 1) return;
            expansion = parts.front();
        }
        if (!expansion.is("simple_expansion") && !expansion.is("expansion")) return;
        std::vector<SyntaxNode> parts = expansion.named_children();
        if (!parts.empty() && parts.front().is("variable_name")) out_.tested.insert(std::string(parts.front().text()));
    }

    // [ -n "$X" ], [ -z "$X" ], [[ -v X ]]
    void add_test(const SyntaxNode& unary) {
        std::string_view op = unary.field("operator").text();
        std::vector<SyntaxNode> parts = unary.named_children();
        if (parts.empty()) return;
        if (op == "-n" || op == "-z") add_tested_operand(parts.back());
        if (op == "-v") {
            std::string text;
            if (literal_text(parts.back(), text) && is_named_variable(text)) out_.tested.insert(text);
        }
    }

    void add_command(const SyntaxNode& command) {
        std::string_view name = command_name(command);
        std::vector<SyntaxNode> arguments = command.fields("argument");
        auto literal = [&](std::size_t i) {
            std::string text;
            if (i < arguments.size() && literal_text(arguments[i], text)) return text;
            return std::string();
        };
        if (std::find(guard_commands_.begin(), guard_commands_.end(), name) != guard_commands_.end()) {
            for (std::size_t i = 0; i < arguments.size(); ++i) {
                std::string text = literal(i);
                if (is_named_variable(text)) out_.guarded.insert(text);
            }
        } else if (name == "read" || name == "mapfile" || name == "readarray") {
            for (const SyntaxNode& target : names_read_into(command, name)) {
                add({std::string(target.text()), target, command, AssignmentKind::read, ValueOrigin::read_input});
            }
        } else if (name == "test" || name == "[") {
            if (arguments.size() == 2 && (literal(0) == "-n" || literal(0) == "-z")) add_tested_operand(arguments[1]);
        } else if (name == "printf") {
            for (std::size_t i = 0; i + 1 < arguments.size(); ++i) {
                std::string target = literal(i + 1);
                if (literal(i) == "-v" && is_named_variable(target)) {
                    add({target, arguments[i + 1], command, AssignmentKind::option_value, ValueOrigin::command_output});
                }
            }
        } else if (name == "getopts" && arguments.size() >= 2) {
            std::string target = literal(1);
            if (is_named_variable(target)) {
                add({target, arguments[1], command, AssignmentKind::option_value, ValueOrigin::read_input});
            }
        } else if (name == "let") {
            for (std::size_t i = 0; i < arguments.size(); ++i) {
                std::string text = literal(i);
                std::size_t equals = text.find('=');
                std::string target = text.substr(0, equals);
                while (!target.empty() && std::string_view("+-*/%").find(target.back()) != std::string_view::npos) target.pop_back();
                if (equals != std::string::npos && is_named_variable(target)) {
                    add({target, arguments[i], command, AssignmentKind::arithmetic, ValueOrigin::arithmetic});
                }
            }
        } else if (name == "set") {
            for (std::size_t i = 0; i < arguments.size(); ++i) {
                std::string text = literal(i);
                bool option_a = text.starts_with("-") && !text.starts_with("--") && text.find('a') != std::string::npos;
                bool allexport = text == "-o" && literal(i + 1) == "allexport";
                if (option_a || allexport) out_.exports_everything = true;
            }
        }
    }

    static constexpr std::size_t none = static_cast<std::size_t>(-1);
    const std::vector<std::string>& guard_commands_;
    ScriptVariables& out_;
    std::size_t error_depth_ = none;  // depth of the ERROR node the walk is inside, or none
    std::unordered_set<std::size_t> targets_;                 // start bytes of assigned variable_names
    std::map<std::size_t, AssignmentKind> declaration_kinds_;  // by the declaration's start byte
};

}  // namespace

bool contains_type(const SyntaxNode& node, std::string_view node_type) {
    bool found = false;
    walk_preorder(node, [&](const WalkStep& step) {
        if (found) return WalkAction::skip_children;
        found = step.node.is(node_type);
        return WalkAction::descend;
    });
    return found;
}

bool has_default_operator(const SyntaxNode& expansion) {
    SyntaxNode op = expansion.field("operator");
    if (op.is_null()) return false;
    std::string_view text = op.text();
    return text == ":-" || text == "-" || text == ":=" || text == "=" || text == ":?" || text == "?" ||
           text == ":+" || text == "+";
}

bool is_named_variable(std::string_view name) {
    if (name.empty()) return false;
    auto first = static_cast<unsigned char>(name.front());
    if (!std::isalpha(first) && first != '_') return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
    });
}

std::string_view command_name(const SyntaxNode& command) {
    SyntaxNode name = command.field("name");
    if (name.is_null()) return {};
    std::vector<SyntaxNode> parts = name.named_children();
    if (parts.size() != 1 || !parts.front().is("word")) return {};
    return parts.front().text();
}

bool literal_text(const SyntaxNode& node, std::string& out) {
    if (node.is("word") || node.is("number")) {
        out = std::string(node.text());
        return true;
    }
    if (node.is("raw_string")) {
        std::string_view text = node.text();
        out = std::string(text.substr(1, text.size() >= 2 ? text.size() - 2 : 0));
        return true;
    }
    if (node.is("string")) {
        out.clear();
        for (const SyntaxNode& child : node.named_children()) {
            if (!child.is("string_content")) return false;
            out += child.text();
        }
        return true;
    }
    return false;
}

ValueOrigin classify_value(const SyntaxNode& value) {
    if (value.is_null()) return ValueOrigin::literal;
    SyntaxNode single = value;
    if (value.is("string")) {
        std::vector<SyntaxNode> parts = value.named_children();
        if (parts.size() == 1) single = parts.front();
    }
    // $(( $(date +%s) + 60 )) is a number whatever the substitution inside printed (or the
    // assignment fails).
    if (single.is("arithmetic_expansion")) return ValueOrigin::arithmetic;
    if (single.is("command_substitution") && prints_only_numbers(single)) return ValueOrigin::numeric_output;
    if (contains_type(value, "command_substitution")) return ValueOrigin::command_output;
    if (contains_type(value, "simple_expansion") || contains_type(value, "expansion")) return ValueOrigin::variable;
    return ValueOrigin::literal;
}

bool ScriptVariables::assigns(std::string_view name) const { return assigned.count(std::string(name)) > 0; }

bool ScriptVariables::reads_variable(std::string_view name) const { return read.count(std::string(name)) > 0; }

std::set<std::string> ScriptVariables::read_names() const {
    std::set<std::string> names = guarded;
    names.insert(read.begin(), read.end());
    return names;
}

std::set<std::string> variables_read_by_script(std::string_view script_text) {
    return variables_read_by_script(script_text, shell_environment_data().guard_commands);
}

std::set<std::string> variables_read_by_script(std::string_view script_text,
                                               const std::vector<std::string>& guard_commands) {
    SyntaxTree tree{std::string(script_text)};
    return collect_script_variables(tree, guard_commands).read_names();
}

ScriptVariables collect_script_variables(const SyntaxTree& tree, const std::vector<std::string>& guard_commands) {
    ScriptVariables out;
    Collector collector(guard_commands, out);
    walk_preorder(tree.root(), [&](const WalkStep& step) { collector.visit(step); });
    return out;
}

}  // namespace sweepc::shell
