#include "shell/flow_analysis.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "shell/persistent_id_map.h"

namespace sweepc::shell {
namespace {

struct VariableFacts {
    bool may_be_empty = true;
    bool unvalidated_external = false;
    int external_line = 0;
    ValueOrigin external_origin = ValueOrigin::command_output;
};

// Facts on one path, per variable id. Variables not in the map have the defaults (may be empty,
// not external). Copies share structure (persistent_id_map.h), so branching costs nothing.
struct FlowState {
    bool reachable = true;
    PersistentIdMap<VariableFacts> variables;

    static FlowState unreachable() {
        FlowState state;
        state.reachable = false;
        return state;
    }
};

VariableFacts join_facts(const VariableFacts* a, const VariableFacts* b) {
    VariableFacts fa = a != nullptr ? *a : VariableFacts{};
    VariableFacts fb = b != nullptr ? *b : VariableFacts{};
    VariableFacts facts;
    facts.may_be_empty = fa.may_be_empty || fb.may_be_empty;
    facts.unvalidated_external = fa.unvalidated_external || fb.unvalidated_external;
    const VariableFacts& source = fa.unvalidated_external ? fa : fb;
    facts.external_line = source.external_line;
    facts.external_origin = source.external_origin;
    return facts;
}

// Two paths meet: a fact holds after the join only if it held on both.
FlowState join(const FlowState& a, const FlowState& b) {
    if (!a.reachable) return b;
    if (!b.reachable || a.variables.shares_root_with(b.variables)) return a;
    FlowState out;
    out.variables = PersistentIdMap<VariableFacts>::merged(a.variables, b.variables, join_facts);
    return out;
}

// The two states after a command: its exit status was zero (true) or not (false).
struct Branches {
    FlowState when_true;
    FlowState when_false;
    static Branches both(const FlowState& state) { return {state, state}; }
    FlowState after() const { return join(when_true, when_false); }
};

// The variable an operand stands for, when it is exactly one expansion: $X, "$X", ${X}, "${X:-0}".
struct OperandVariable {
    std::string name;
    SyntaxNode operand;
    bool has_safe_default = false;
};

std::optional<OperandVariable> operand_variable(const SyntaxNode& operand) {
    SyntaxNode expansion = operand;
    if (operand.is("string")) {
        std::vector<SyntaxNode> parts = operand.named_children();
        if (parts.size() != 1) return std::nullopt;
        expansion = parts.front();
    }
    if (!expansion.is("simple_expansion") && !expansion.is("expansion")) return std::nullopt;
    std::vector<SyntaxNode> parts = expansion.named_children();
    if (parts.empty() || !parts.front().is("variable_name")) return std::nullopt;  // ${#X}, ${!X}
    OperandVariable out{std::string(parts.front().text()), operand, false};
    if (!is_named_variable(out.name)) return std::nullopt;
    SyntaxNode op = expansion.field("operator");
    if (!op.is_null()) {
        std::string_view text = op.text();
        out.has_safe_default = text == ":-" || text == ":=" || text == ":?";
    }
    return out;
}

// The misparsed forms `[ ! "$X" -gt 1 ]` and `[ A -gt 1 -a "$Y" -lt 2 ]` nest the real operand at
// the edge of a unary or binary expression; this finds it.
SyntaxNode operand_edge(SyntaxNode node, bool left_of_operator) {
    for (int depth = 0; depth < 16; ++depth) {
        if (node.is("binary_expression")) {
            node = node.field(left_of_operator ? "right" : "left");
        } else if (node.is("unary_expression")) {
            std::vector<SyntaxNode> parts = node.named_children();
            if (parts.empty()) return {};
            node = parts.back();
        } else {
            return node;
        }
    }
    return node;
}

// `^[0-9]+$` and its usual spellings: a regex that accepts digits only.
bool is_digits_regex(std::string_view regex) {
    if (regex.size() >= 2 && (regex.front() == '\'' || regex.front() == '"') && regex.back() == regex.front()) {
        regex = regex.substr(1, regex.size() - 2);
    }
    if (!regex.starts_with("^") || !regex.ends_with("$")) return false;
    regex = regex.substr(1, regex.size() - 2);
    for (std::string_view sign : {"-?", "[-+]?", "[+-]?", "\\-?"}) {
        if (regex.starts_with(sign)) {
            regex.remove_prefix(sign.size());
            break;
        }
    }
    for (std::string_view digits : {"[0-9]", "[[:digit:]]", "\\d"}) {
        if (regex.starts_with(digits)) {
            std::string_view rest = regex.substr(digits.size());
            return rest == "+" || rest == "*" || rest.starts_with("{");
        }
    }
    return false;
}

bool mentions_digit_class(std::string_view pattern) {
    return pattern.find("0-9") != std::string_view::npos || pattern.find("[:digit:]") != std::string_view::npos;
}

// `*[!0-9]*`, `''`: the case item that catches what is not a number.
bool is_non_digit_pattern(const SyntaxNode& pattern) {
    std::string_view text = pattern.text();
    if (text == "''" || text == "\"\"") return true;
    return text.find("[!0-9]") != std::string_view::npos || text.find("[^0-9]") != std::string_view::npos ||
           text.find("[![:digit:]]") != std::string_view::npos || text.find("[^[:digit:]]") != std::string_view::npos;
}

bool redirects_standard_error(const SyntaxNode& redirected) {
    for (const SyntaxNode& redirect : redirected.fields("redirect")) {
        std::string_view text = redirect.text();
        if (text.starts_with("2>") || text.starts_with("&>")) return true;
    }
    return false;
}

class FlowAnalysis {
public:
    FlowAnalysis(const std::vector<std::string>& guard_commands, const ScriptVariables& variables,
                 std::vector<IntegerComparison>& out)
        : guard_commands_(guard_commands), out_(out) {
        auto intern = [&](const std::string& name) { ids_.emplace(name, static_cast<std::uint32_t>(ids_.size())); };
        for (const VariableAssignment& assignment : variables.assignments) intern(assignment.name);
        for (const VariableReference& read : variables.reads) intern(read.name);
        for (const std::string& name : variables.guarded) intern(name);
        empty_ = PersistentIdMap<VariableFacts>(ids_.size());
    }

    void run_script(const SyntaxTree& tree, const ScriptVariables& variables) {
        FlowState start;
        start.variables = empty_;
        run_sequence(tree.root().named_children(), start);
        // Functions run when called, usually after the top level set things up.
        FlowState function_start;
        function_start.variables = empty_;
        for (const VariableAssignment& assignment : variables.assignments) {
            if (assignment.kind != AssignmentKind::command_prefix) mark_non_empty(function_start, assignment.name);
        }
        for (const std::string& name : variables.guarded) mark_non_empty(function_start, name);
        for (std::size_t i = 0; i < functions_.size(); ++i) run(functions_[i].field("body"), function_start);
    }

private:
    VariableFacts get(const FlowState& state, const std::string& name) const {
        auto id = ids_.find(name);
        if (id == ids_.end()) return {};
        const VariableFacts* facts = state.variables.find(id->second);
        return facts != nullptr ? *facts : VariableFacts{};
    }
    // A name the script never assigns nor reads is never compared either: nothing to keep.
    void put(FlowState& state, const std::string& name, const VariableFacts& facts) const {
        auto id = ids_.find(name);
        if (id != ids_.end()) state.variables.set(id->second, facts);
    }
    void mark_non_empty(FlowState& state, const std::string& name) const {
        if (!state.reachable) return;
        VariableFacts facts = get(state, name);
        facts.may_be_empty = false;
        put(state, name, facts);
    }

    FlowState run_sequence(const std::vector<SyntaxNode>& statements, FlowState state) {
        for (const SyntaxNode& statement : statements) state = run(statement, state).after();
        return state;
    }

    // Statements of a condition: all run, the last one decides the branch.
    Branches run_condition(const std::vector<SyntaxNode>& statements, FlowState state) {
        if (statements.empty()) return Branches::both(state);
        for (std::size_t i = 0; i + 1 < statements.size(); ++i) state = run(statements[i], state).after();
        return run(statements.back(), state);
    }

    Branches run(const SyntaxNode& node, const FlowState& state) {
        if (node.is_null() || !state.reachable) return Branches::both(state);
        std::string_view type = node.type();
        if (type == "comment") return Branches::both(state);
        if (type == "program" || type == "compound_statement" || type == "do_group" || type == "else_clause") {
            return run_condition(node.named_children(), state);
        }
        if (type == "subshell") {
            run_sequence(node.named_children(), state);
            return Branches::both(state);  // nothing assigned in a subshell survives it
        }
        if (type == "redirected_statement") {
            bool quiet = redirects_standard_error(node);
            if (quiet) ++quiet_errors_;
            Branches result = run(node.field("body"), state);
            if (quiet) --quiet_errors_;
            return result;
        }
        if (type == "negated_command") {
            std::vector<SyntaxNode> parts = node.named_children();
            if (parts.empty()) return Branches::both(state);
            chained_tests_.insert(parts.front().start_byte());
            Branches inner = run(parts.front(), state);
            return {inner.when_false, inner.when_true};
        }
        if (type == "list") return run_list(node, state);
        if (type == "pipeline") {
            for (const SyntaxNode& part : node.named_children()) run(part, state);
            return Branches::both(state);  // each part runs in a subshell
        }
        if (type == "test_command") {
            std::vector<SyntaxNode> parts = node.named_children();
            if (parts.empty()) return Branches::both(state);
            TestSyntax syntax = node.text().starts_with("[[") ? TestSyntax::double_bracket : TestSyntax::single_bracket;
            return run_test_expression(parts.front(), node, syntax, state, {});
        }
        if (type == "if_statement") return Branches::both(run_if(node, state));
        if (type == "while_statement") {
            Branches condition = run_condition(node.fields("condition"), state);
            run(node.field("body"), condition.when_true);
            return Branches::both(join(state, condition.when_false));
        }
        if (type == "for_statement" || type == "c_style_for_statement") {
            FlowState body_state = state;
            SyntaxNode variable = node.field("variable");
            if (!variable.is_null()) assign(body_state, std::string(variable.text()), ValueOrigin::literal, node);
            run(node.field("body"), body_state);
            return Branches::both(state);
        }
        if (type == "case_statement") return Branches::both(run_case(node, state));
        if (type == "function_definition") {
            functions_.push_back(node);
            return Branches::both(state);
        }
        if (type == "variable_assignment") {
            FlowState after = state;
            apply_assignment(after, node);
            return Branches::both(after);
        }
        if (type == "declaration_command") {
            FlowState after = state;
            bool is_local = node.text().starts_with("local");
            for (const SyntaxNode& child : node.named_children()) {
                if (child.is("variable_assignment")) apply_assignment(after, child);
                // `local x` without a value makes x empty in the function.
                if (child.is("variable_name") && is_local) put(after, std::string(child.text()), VariableFacts{});
            }
            return Branches::both(after);
        }
        if (type == "unset_command") {
            FlowState after = state;
            for (const SyntaxNode& child : node.named_children()) {
                if (child.is("variable_name")) put(after, std::string(child.text()), VariableFacts{});
            }
            return Branches::both(after);
        }
        if (type == "command") return run_command(node, state);
        return Branches::both(state);
    }

    // `a && b || c` nests to the left: ((a && b) || c). The chain is walked in a loop, so a line of
    // thousands of `&&` costs no stack.
    Branches run_list(const SyntaxNode& list, const FlowState& state) {
        struct Link {
            std::string_view op;
            SyntaxNode right;
        };
        std::vector<Link> links;
        SyntaxNode node = list;
        while (node.is("list")) {
            SyntaxNode left;
            Link link;
            for (const SyntaxNode& child : node.children()) {
                if (!child.is_named()) {
                    if (child.type() == "&&" || child.type() == "||") link.op = child.type();
                } else if (left.is_null()) {
                    left = child;
                } else {
                    link.right = child;
                }
            }
            links.push_back(link);
            node = left;
        }
        chained_tests_.insert(node.start_byte());
        Branches result = run(node, state);
        for (auto link = links.rbegin(); link != links.rend(); ++link) {
            chained_tests_.insert(link->right.start_byte());
            if (link->op == "&&") {
                Branches second = run(link->right, result.when_true);
                result = {second.when_true, join(result.when_false, second.when_false)};
            } else if (link->op == "||") {
                Branches second = run(link->right, result.when_false);
                result = {join(result.when_true, second.when_true), second.when_false};
            } else {
                result = run(link->right, result.after());
            }
        }
        return result;
    }

    FlowState run_if(const SyntaxNode& node, const FlowState& state) {
        // Children: `if` condition… `then` body… elif_clause… else_clause? `fi`.
        std::vector<SyntaxNode> condition;
        std::vector<SyntaxNode> body;
        std::vector<SyntaxNode> clauses;
        bool in_body = false;
        for (const SyntaxNode& child : node.children()) {
            if (child.type() == "then") in_body = true;
            if (!child.is_named()) continue;
            if (child.is("elif_clause") || child.is("else_clause")) {
                clauses.push_back(child);
            } else {
                (in_body ? body : condition).push_back(child);
            }
        }
        Branches branches = run_condition(condition, state);
        FlowState result = run_sequence(body, branches.when_true);
        FlowState remaining = branches.when_false;
        bool has_else = false;
        for (const SyntaxNode& clause : clauses) {
            if (clause.is("else_clause")) {
                has_else = true;
                result = join(result, run(clause, remaining).after());
                continue;
            }
            std::vector<SyntaxNode> elif_condition;
            std::vector<SyntaxNode> elif_body;
            bool in_elif_body = false;
            for (const SyntaxNode& child : clause.children()) {
                if (child.type() == "then") in_elif_body = true;
                if (child.is_named()) (in_elif_body ? elif_body : elif_condition).push_back(child);
            }
            Branches elif_branches = run_condition(elif_condition, remaining);
            result = join(result, run_sequence(elif_body, elif_branches.when_true));
            remaining = elif_branches.when_false;
        }
        if (!has_else) result = join(result, remaining);
        return result;
    }

    FlowState run_case(const SyntaxNode& node, const FlowState& state) {
        std::optional<OperandVariable> subject = operand_variable(node.field("value"));
        struct Item {
            std::vector<SyntaxNode> patterns;
            std::vector<SyntaxNode> body;
        };
        std::vector<Item> items;
        bool digit_case = false;
        for (const SyntaxNode& child : node.named_children()) {
            if (!child.is("case_item")) continue;
            Item item;
            for (const SyntaxNode::Child& part : child.children_with_fields()) {
                if (!part.node.is_named()) continue;
                (part.field == "value" ? item.patterns : item.body).push_back(part.node);
            }
            for (const SyntaxNode& pattern : item.patterns) digit_case = digit_case || mentions_digit_class(pattern.text());
            items.push_back(std::move(item));
        }
        FlowState result = FlowState::unreachable();
        bool has_catch_all = false;
        bool has_non_digit_item = false;
        for (const Item& item : items) {
            FlowState item_state = state;
            bool catches_non_digits = false;
            for (const SyntaxNode& pattern : item.patterns) {
                if (pattern.text() == "*") has_catch_all = true;
                catches_non_digits = catches_non_digits || is_non_digit_pattern(pattern) || pattern.text() == "*";
                has_non_digit_item = has_non_digit_item || is_non_digit_pattern(pattern);
            }
            // A `case` on digits validates the subject in every item but the one catching non-digits.
            if (subject && digit_case && !catches_non_digits) mark_numeric(item_state, subject->name);
            result = join(result, run_sequence(item.body, item_state));
        }
        if (!has_catch_all) {
            // No item matched: when one item catches every non-number, what falls through is digits.
            FlowState fall_through = state;
            if (subject && digit_case && has_non_digit_item) mark_numeric(fall_through, subject->name);
            result = join(result, fall_through);
        }
        return result;
    }

    Branches run_command(const SyntaxNode& command, const FlowState& state) {
        std::string_view name = command_name(command);
        if (name == "exit" || name == "return") return Branches::both(FlowState::unreachable());
        if (name == "test") return run_test_builtin(command, state);
        FlowState after = state;
        if (std::find(guard_commands_.begin(), guard_commands_.end(), name) != guard_commands_.end()) {
            for (const SyntaxNode& argument : command.fields("argument")) {
                std::string text;
                if (literal_text(argument, text) && is_named_variable(text)) mark_non_empty(after, text);
            }
        }
        if (name == "read" || name == "mapfile" || name == "readarray") {
            // Target names are the words that are not options nor an option's value.
            static const std::set<std::string> value_options = {"-p", "-t", "-u", "-n", "-N", "-d",
                                                                "-i", "-O", "-s", "-C", "-c"};
            bool option_value = false;
            for (const SyntaxNode& argument : command.fields("argument")) {
                std::string text;
                bool literal = literal_text(argument, text);
                bool is_value = option_value;
                option_value = literal && value_options.count(text) > 0;
                if (!literal || is_value || text.starts_with("-") || !is_named_variable(text)) continue;
                assign(after, text, ValueOrigin::read_input, command);
            }
        }
        return Branches::both(after);
    }

    // `test A -gt B` and `test ! A -gt B`: the builtin spelled as a command.
    Branches run_test_builtin(const SyntaxNode& command, const FlowState& state) {
        std::vector<SyntaxNode> arguments = command.fields("argument");
        bool negated = !arguments.empty() && arguments.front().text() == "!";
        if (negated) arguments.erase(arguments.begin());
        Branches result = Branches::both(state);
        if (arguments.size() == 3 && is_integer_test_operator(arguments[1].text())) {
            report_comparison(command, command, TestSyntax::test_builtin, std::string(arguments[1].text()),
                              {arguments[0], arguments[2]}, state, {});
            for (const SyntaxNode& operand : {arguments[0], arguments[2]}) {
                if (auto variable = operand_variable(operand)) mark_numeric(result.when_true, variable->name);
            }
        } else if (arguments.size() == 2 && (arguments[0].text() == "-n" || arguments[0].text() == "-z")) {
            if (auto variable = operand_variable(arguments[1])) {
                FlowState& non_empty = arguments[0].text() == "-n" ? result.when_true : result.when_false;
                mark_non_empty(non_empty, variable->name);
            }
        }
        if (negated) std::swap(result.when_true, result.when_false);
        return result;
    }

    // `parent_operator` is the test operator the expression is an operand of ("&&", "!"), or "".
    Branches run_test_expression(const SyntaxNode& expression, const SyntaxNode& test, TestSyntax syntax,
                                 const FlowState& state, std::string_view parent_operator) {
        if (expression.is("parenthesized_expression")) {
            std::vector<SyntaxNode> parts = expression.named_children();
            return parts.empty() ? Branches::both(state) : run_test_expression(parts.front(), test, syntax, state, {});
        }
        if (expression.is("unary_expression")) {
            std::string_view op = expression.field("operator").text();
            std::vector<SyntaxNode> parts = expression.named_children();
            SyntaxNode operand = parts.empty() ? SyntaxNode{} : parts.back();
            if (op == "!") {
                Branches inner = run_test_expression(operand, test, syntax, state, "!");
                return {inner.when_false, inner.when_true};
            }
            Branches result = Branches::both(state);
            if (op == "-n" || op == "-z") {
                if (auto variable = operand_variable(operand)) {
                    FlowState& non_empty = op == "-n" ? result.when_true : result.when_false;
                    mark_non_empty(non_empty, variable->name);
                }
            }
            return result;
        }
        if (expression.is("binary_expression")) return run_binary_test(expression, test, syntax, state, parent_operator);
        // `[ "$X" ]`: true when X is non-empty.
        Branches result = Branches::both(state);
        if (auto variable = operand_variable(expression)) mark_non_empty(result.when_true, variable->name);
        return result;
    }

    Branches run_binary_test(const SyntaxNode& expression, const SyntaxNode& test, TestSyntax syntax,
                             const FlowState& state, std::string_view parent_operator) {
        std::string_view op = expression.field("operator").text();
        SyntaxNode left = expression.field("left");
        SyntaxNode right = expression.field("right");
        if (op == "&&" || (op == "-a" && is_test_expression(left) && is_test_expression(right))) {
            Branches first = run_test_expression(left, test, syntax, state, "&&");
            Branches second = run_test_expression(right, test, syntax, first.when_true, "&&");
            return {second.when_true, join(first.when_false, second.when_false)};
        }
        if (op == "||" || (op == "-o" && is_test_expression(left) && is_test_expression(right))) {
            Branches first = run_test_expression(left, test, syntax, state, "||");
            Branches second = run_test_expression(right, test, syntax, first.when_false, "||");
            return {join(first.when_true, second.when_true), second.when_false};
        }
        Branches result = Branches::both(state);
        // `[[ ! "$v" =~ re ]]` parses as `(! "$v") =~ re` but means `! ("$v" =~ re)`.
        bool negated = left.is("unary_expression") && left.field("operator").text() == "!";
        FlowState& matched = negated ? result.when_false : result.when_true;
        if (op == "=~") {
            auto variable = operand_variable(operand_edge(left, true));
            bool digits_only = !right.is("regex") || is_digits_regex(right.text());
            if (variable && digits_only) mark_numeric(matched, variable->name);
            return result;
        }
        if (is_integer_test_operator(op)) {
            // Comparisons misparsed into the operands (`A -gt 1 -a B -lt 2`) are checked too.
            for (const SyntaxNode& side : {left, right}) {
                if (side.is("binary_expression") || side.is("unary_expression")) {
                    run_test_expression(side, test, syntax, state, op);
                }
            }
            SyntaxNode left_operand = operand_edge(left, true);
            SyntaxNode right_operand = operand_edge(right, false);
            report_comparison(expression, test, syntax, std::string(op), {left_operand, right_operand}, state,
                              parent_operator);
            for (const SyntaxNode& operand : {left_operand, right_operand}) {
                if (auto variable = operand_variable(operand)) mark_numeric(matched, variable->name);
            }
            return result;
        }
        if (op == "=" || op == "==") {
            // `[ "$X" = value ]` with a non-empty literal: X is non-empty when true.
            std::string literal;
            auto variable = operand_variable(left);
            if (variable && literal_text(right, literal) && !literal.empty()) mark_non_empty(result.when_true, variable->name);
        }
        return result;
    }

    static bool is_test_expression(const SyntaxNode& node) {
        return node.is("binary_expression") || node.is("unary_expression") || node.is("parenthesized_expression");
    }

    void report_comparison(const SyntaxNode& comparison, const SyntaxNode& test, TestSyntax syntax, std::string op,
                           std::initializer_list<SyntaxNode> operands, const FlowState& state,
                           std::string_view parent_operator) {
        if (!state.reachable || quiet_errors_ > 0) return;
        IntegerComparison found{comparison, test, syntax, std::move(op), {}, false, false};
        found.inside_test_operator = !parent_operator.empty() && parent_operator != "||";
        found.test_in_command_list = chained_tests_.count(test.start_byte()) > 0;
        for (const SyntaxNode& operand : operands) {
            auto variable = operand_variable(operand);
            if (!variable) continue;
            VariableFacts facts = get(state, variable->name);
            found.variables.push_back({variable->name, variable->operand, variable->has_safe_default,
                                       facts.may_be_empty, facts.unvalidated_external, facts.external_line,
                                       facts.external_origin});
        }
        if (!found.variables.empty()) out_.push_back(std::move(found));
    }

    void apply_assignment(FlowState& state, const SyntaxNode& assignment) {
        SyntaxNode name = assignment.field("name");
        if (name.is("subscript")) return;  // array elements are not compared as scalars here
        SyntaxNode value = assignment.field("value");
        ValueOrigin origin = classify_value(value);
        std::string text;
        bool empty_literal = value.is_null() || (literal_text(value, text) && text.empty());
        if (origin == ValueOrigin::variable) {
            // X=$Y or X=${Y:-1}: X inherits what is known about Y's value.
            if (auto source = operand_variable(value)) {
                VariableFacts facts = get(state, source->name);
                facts.may_be_empty = false;  // assigned: the unset rule trusts assignments
                put(state, std::string(name.text()), facts);
                return;
            }
        }
        assign(state, std::string(name.text()), origin, assignment);
        if (empty_literal) {
            VariableFacts facts = get(state, std::string(name.text()));
            facts.may_be_empty = true;
            put(state, std::string(name.text()), facts);
        }
    }

    void assign(FlowState& state, const std::string& name, ValueOrigin origin, const SyntaxNode& where) const {
        VariableFacts facts;
        facts.may_be_empty = false;
        if (origin == ValueOrigin::command_output || origin == ValueOrigin::read_input) {
            facts.unvalidated_external = true;
            facts.external_line = where.line();
            facts.external_origin = origin;
        }
        put(state, name, facts);
    }

    void mark_numeric(FlowState& state, const std::string& name) const {
        if (!state.reachable) return;
        VariableFacts facts = get(state, name);
        facts.may_be_empty = false;
        facts.unvalidated_external = false;
        put(state, name, facts);
    }

    const std::vector<std::string>& guard_commands_;
    std::vector<IntegerComparison>& out_;
    std::unordered_map<std::string, std::uint32_t> ids_;
    PersistentIdMap<VariableFacts> empty_;
    std::vector<SyntaxNode> functions_;
    std::unordered_set<std::size_t> chained_tests_;  // start bytes of statements inside `&&`/`||`/`!`
    int quiet_errors_ = 0;                           // inside a statement whose stderr is redirected
};

}  // namespace

bool is_integer_test_operator(std::string_view op) {
    return op == "-eq" || op == "-ne" || op == "-lt" || op == "-le" || op == "-gt" || op == "-ge";
}

std::vector<IntegerComparison> find_integer_comparisons(const SyntaxTree& tree, const ScriptVariables& variables,
                                                        const std::vector<std::string>& guard_commands) {
    std::vector<IntegerComparison> out;
    FlowAnalysis(guard_commands, variables, out).run_script(tree, variables);
    return out;
}

}  // namespace sweepc::shell
