#include "shell/numeric_output.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "shell/script_variables.h"

namespace sweepc::shell {
namespace {

bool is_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::vector<std::string> literal_arguments(const SyntaxNode& command, bool& all_literal) {
    std::vector<std::string> out;
    all_literal = true;
    for (const SyntaxNode& argument : command.fields("argument")) {
        std::string text;
        if (literal_text(argument, text)) {
            out.push_back(text);
        } else {
            all_literal = false;
            out.emplace_back();
        }
    }
    return out;
}

bool short_option_has(std::string_view argument, char letter) {
    return argument.size() >= 2 && argument[0] == '-' && argument[1] != '-' && argument.find(letter) != std::string_view::npos;
}

// Only numeric conversions and blanks: "%d", "%d\n", "%.0f".
bool is_numeric_printf_format(std::string_view format) {
    bool any_conversion = false;
    for (std::size_t i = 0; i < format.size(); ++i) {
        char c = format[i];
        if (c == ' ' || c == '\t') continue;
        if (c == '\\' && i + 1 < format.size() && format[i + 1] == 'n') {
            ++i;
            continue;
        }
        if (c != '%') return false;
        ++i;
        while (i < format.size() && (std::isdigit(static_cast<unsigned char>(format[i])) || format[i] == '.' || format[i] == '-')) ++i;
        if (i >= format.size() || std::string_view("dieEfgGu").find(format[i]) == std::string_view::npos) return false;
        any_conversion = true;
    }
    return any_conversion;
}

bool is_identifier_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The statements of an awk program that print: `print EXPR` / `printf FORMAT, ...`. Numeric when
// each prints one arithmetic value.
bool awk_prints_only_numbers(std::string_view program) {
    bool any_print = false;
    for (std::size_t at = program.find("print"); at != std::string_view::npos; at = program.find("print", at + 1)) {
        if (at > 0 && is_identifier_char(program[at - 1])) continue;
        std::size_t after = at + 5;
        bool is_printf = after < program.size() && program[after] == 'f';
        if (is_printf) ++after;
        if (after < program.size() && is_identifier_char(program[after])) continue;
        std::size_t end = program.find_first_of(";}\n", after);
        std::string_view argument = program.substr(after, end == std::string_view::npos ? std::string_view::npos : end - after);
        std::size_t first = argument.find_first_not_of(" \t(");
        if (first == std::string_view::npos) return false;  // bare `print` prints the whole line
        argument.remove_prefix(first);
        while (!argument.empty() && (argument.back() == ' ' || argument.back() == ')' || argument.back() == '\t')) {
            argument.remove_suffix(1);
        }
        any_print = true;
        if (is_printf) {
            // printf "%d", x  (the quotes may be escaped inside a double-quoted shell word)
            std::size_t open = argument.find('"');
            if (open == std::string_view::npos) return false;
            std::size_t close = argument.find('"', open + 1);
            if (close == std::string_view::npos) return false;
            std::string_view format = argument.substr(open + 1, close - open - 1);
            if (!format.empty() && format.back() == '\\') format.remove_suffix(1);
            if (!is_numeric_printf_format(format)) return false;
            continue;
        }
        if (argument.find_first_of(",\"") != std::string_view::npos) return false;  // several fields, or text
        bool arithmetic = argument.find_first_of("+-*/%") != std::string_view::npos;
        bool counter = argument == "NR" || argument == "NF" || argument.starts_with("length") || argument.starts_with("int");
        if (!arithmetic && !counter && !is_digits(argument)) return false;
    }
    return any_print;
}

bool python_prints_only_numbers(std::string_view program) {
    bool any_print = false;
    for (std::size_t at = program.find("print("); at != std::string_view::npos; at = program.find("print(", at + 1)) {
        std::string_view argument = program.substr(at + 6);
        any_print = true;
        if (!argument.starts_with("len(") && !argument.starts_with("int(") &&
            !(std::isdigit(static_cast<unsigned char>(argument.front())) != 0)) {
            return false;
        }
    }
    return any_print;
}

enum class Output { number, passes_through, other };

Output command_output(const SyntaxNode& command) {
    std::string_view name = command_name(command);
    bool all_literal = true;
    std::vector<std::string> arguments = literal_arguments(command, all_literal);
    auto any = [&](auto predicate) { return std::any_of(arguments.begin(), arguments.end(), predicate); };
    if (name == "head" || name == "tail" || name == "sort" || name == "uniq" || name == "xargs") {
        return Output::passes_through;
    }
    if (name == "true" || name == ":") return Output::number;  // prints nothing
    if (name == "date") {
        return any([](const std::string& a) { return a == "+%s" || a == "+%s%N" || a == "+%s%3N"; }) ? Output::number
                                                                                                    : Output::other;
    }
    if (name == "wc") {
        bool counts = !arguments.empty() && all_literal &&
                      std::all_of(arguments.begin(), arguments.end(), [](const std::string& a) {
                          return a.size() >= 2 && a[0] == '-' && a.find_first_not_of("-lcwm") == std::string::npos;
                      });
        return counts ? Output::number : Output::other;  // a file operand adds its name to the output
    }
    if (name == "grep" || name == "egrep" || name == "fgrep") {
        return any([](const std::string& a) { return a == "--count" || short_option_has(a, 'c'); }) ? Output::number
                                                                                                      : Output::other;
    }
    if (name == "tr") {
        bool delete_complement = any([](const std::string& a) { return a == "-dc" || a == "-cd"; });
        bool digits = any([](const std::string& a) { return a == "0-9" || a == "[:digit:]" || a == "[0-9]"; });
        return delete_complement && digits ? Output::number : Output::other;
    }
    if (name == "awk" || name == "gawk" || name == "mawk") {
        // The program is the first argument that is not an option or an option's value.
        std::vector<SyntaxNode> nodes = command.fields("argument");
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            std::string_view text = arguments[i];
            if (text == "-F" || text == "-v" || text == "-f") {
                ++i;
                continue;
            }
            if (text.starts_with("-") && text.size() > 1) continue;
            std::string_view program = nodes[i].text();  // as written: escaped quotes included
            return awk_prints_only_numbers(program) ? Output::number : Output::other;
        }
        return Output::other;
    }
    if (name == "python" || name == "python3") {
        for (std::size_t i = 0; i + 1 < arguments.size(); ++i) {
            if (arguments[i] == "-c") {
                return python_prints_only_numbers(command.fields("argument")[i + 1].text()) ? Output::number
                                                                                             : Output::other;
            }
        }
        return Output::other;
    }
    if (name == "nvidia-smi") {
        bool query = any([](const std::string& a) { return a.starts_with("--query-gpu="); });
        bool no_units = any([](const std::string& a) {
            return a.starts_with("--format=") && a.find("nounits") != std::string::npos && a.find("noheader") != std::string::npos;
        });
        return query && no_units ? Output::number : Output::other;
    }
    if (name == "echo" || name == "printf") {
        if (name == "echo" && arguments.size() == 1 && is_digits(arguments[0])) return Output::number;
        if (name == "printf" && !arguments.empty() && is_numeric_printf_format(arguments[0])) return Output::number;
    }
    return Output::other;
}

bool statement_prints_only_numbers(const SyntaxNode& statement);

bool pipeline_prints_only_numbers(const SyntaxNode& pipeline) {
    std::vector<SyntaxNode> parts = pipeline.named_children();
    for (std::size_t i = parts.size(); i-- > 0;) {
        SyntaxNode part = parts[i];
        if (part.is("redirected_statement")) part = part.field("body");
        if (!part.is("command")) return statement_prints_only_numbers(part);
        Output output = command_output(part);
        if (output == Output::passes_through) continue;
        return output == Output::number;
    }
    return false;
}

bool statement_prints_only_numbers(const SyntaxNode& statement) {
    SyntaxNode node = statement;
    if (node.is("redirected_statement")) node = node.field("body");
    if (node.is("command")) return command_output(node) == Output::number;
    if (node.is("pipeline")) return pipeline_prints_only_numbers(node);
    if (node.is("list")) {
        // `A || B`: whichever runs, each prints a number. (`A && B` prints both: not one number.)
        std::vector<SyntaxNode> children = node.children();
        bool is_or = std::any_of(children.begin(), children.end(), [](const SyntaxNode& c) { return c.type() == "||"; });
        if (!is_or) return false;
        std::vector<SyntaxNode> sides = node.named_children();
        if (sides.size() != 2 || sides[0].is("list")) return false;  // keep to one `||`
        return statement_prints_only_numbers(sides[0]) && statement_prints_only_numbers(sides[1]);
    }
    return false;
}

}  // namespace

bool prints_only_numbers(const SyntaxNode& command_substitution) {
    std::vector<SyntaxNode> statements = command_substitution.named_children();
    statements.erase(std::remove_if(statements.begin(), statements.end(), [](const SyntaxNode& s) { return s.is("comment"); }),
                     statements.end());
    return statements.size() == 1 && statement_prints_only_numbers(statements.front());
}

}  // namespace sweepc::shell
