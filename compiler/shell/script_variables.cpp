#include "shell/script_variables.h"

#include <algorithm>
#include <cctype>

#include "shell/shell_environment_data.h"

namespace sweepc::shell {
namespace {

bool contains_type(const SyntaxNode& node, std::string_view node_type) {
    if (node.is(node_type)) return true;
    for (const SyntaxNode& child : node.named_children()) {
        if (contains_type(child, node_type)) return true;
    }
    return false;
}

bool is_assignment_target(const SyntaxNode& variable_name) {
    SyntaxNode parent = variable_name.parent();
    if (parent.is("subscript")) {  // arr[0]=x assigns arr
        SyntaxNode grand = parent.parent();
        return grand.is("variable_assignment") && grand.field("name") == parent;
    }
    if (parent.is("variable_assignment")) return parent.field("name") == variable_name;
    if (parent.is("declaration_command") || parent.is("unset_command")) return true;
    if (parent.is("for_statement")) return parent.field("variable") == variable_name;
    return false;
}

std::string_view declaration_keyword(const SyntaxNode& declaration) {
    std::vector<SyntaxNode> children = declaration.children();
    return children.empty() ? std::string_view{} : children.front().type();
}

bool declaration_exports(const SyntaxNode& declaration) {
    std::string_view keyword = declaration_keyword(declaration);
    if (keyword == "export") return true;
    if (keyword != "declare" && keyword != "typeset") return false;
    for (const SyntaxNode& child : declaration.named_children()) {
        std::string_view text = child.text();
        if (child.is("word") && text.starts_with("-") && text.find('x') != std::string_view::npos) return true;
    }
    return false;
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

    void visit(const SyntaxNode& node) {
        if (node.is("variable_name")) {
            if (!is_assignment_target(node) && is_named_variable(node.text())) {
                out_.reads.push_back({std::string(node.text()), node});
            }
        } else if (node.is("variable_assignment")) {
            add_assignment(node);
        } else if (node.is("declaration_command")) {
            if (declaration_exports(node)) {
                for (const SyntaxNode& child : node.named_children()) {
                    if (child.is("variable_name")) out_.exported.insert(std::string(child.text()));
                    if (child.is("variable_assignment")) out_.exported.insert(std::string(child.field("name").text()));
                }
            }
        } else if (node.is("for_statement")) {
            SyntaxNode variable = node.field("variable");
            if (!variable.is_null()) {
                out_.assignments.push_back(
                    {std::string(variable.text()), variable, node, AssignmentKind::loop, ValueOrigin::literal});
            }
        } else if (node.is("command")) {
            add_command(node);
        }
        for (const SyntaxNode& child : node.named_children()) visit(child);
    }

private:
    void add_assignment(const SyntaxNode& assignment) {
        SyntaxNode name = assignment.field("name");
        if (name.is("subscript")) name = name.field("name");
        if (name.is_null()) return;
        SyntaxNode parent = assignment.parent();
        AssignmentKind kind = AssignmentKind::plain;
        if (parent.is("command")) kind = AssignmentKind::command_prefix;
        if (parent.is("declaration_command")) {
            kind = declaration_exports(parent) ? AssignmentKind::exported
                   : declaration_keyword(parent) == "local" ? AssignmentKind::local
                                                            : AssignmentKind::plain;
        }
        out_.assignments.push_back(
            {std::string(name.text()), name, assignment, kind, classify_value(assignment.field("value"))});
    }

    void add_command(const SyntaxNode& command) {
        std::string_view name = command_name(command);
        if (std::find(guard_commands_.begin(), guard_commands_.end(), name) != guard_commands_.end()) {
            for (const SyntaxNode& argument : command.fields("argument")) {
                std::string text;
                if (literal_text(argument, text) && is_named_variable(text)) out_.guarded.insert(text);
            }
        } else if (name == "read" || name == "mapfile" || name == "readarray") {
            std::vector<SyntaxNode> targets = names_read_into(command, name);
            for (const SyntaxNode& target : targets) {
                out_.assignments.push_back(
                    {std::string(target.text()), target, command, AssignmentKind::read, ValueOrigin::read_input});
            }
        } else if (name == "set") {
            std::vector<SyntaxNode> arguments = command.fields("argument");
            for (std::size_t i = 0; i < arguments.size(); ++i) {
                std::string text;
                if (!literal_text(arguments[i], text)) continue;
                bool option_a = text.starts_with("-") && !text.starts_with("--") && text.find('a') != std::string::npos;
                bool allexport = text == "-o" && i + 1 < arguments.size() && arguments[i + 1].text() == "allexport";
                if (option_a || allexport) out_.exports_everything = true;
            }
        }
    }

    const std::vector<std::string>& guard_commands_;
    ScriptVariables& out_;
};

}  // namespace

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
    if (contains_type(value, "command_substitution")) return ValueOrigin::command_output;
    if (value.is("arithmetic_expansion")) return ValueOrigin::arithmetic;
    if (contains_type(value, "simple_expansion") || contains_type(value, "expansion")) return ValueOrigin::variable;
    return ValueOrigin::literal;
}

bool ScriptVariables::assigns(std::string_view name) const {
    return std::any_of(assignments.begin(), assignments.end(),
                       [&](const VariableAssignment& a) { return a.name == name; });
}

bool ScriptVariables::reads_variable(std::string_view name) const {
    return std::any_of(reads.begin(), reads.end(), [&](const VariableReference& r) { return r.name == name; });
}

std::set<std::string> ScriptVariables::read_names() const {
    std::set<std::string> names = guarded;
    for (const VariableReference& read : reads) names.insert(read.name);
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
    Collector(guard_commands, out).visit(tree.root());
    return out;
}

}  // namespace sweepc::shell
