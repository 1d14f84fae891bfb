#include "cli/man_page.h"

#include <fmt/format.h>

#include "cli/command_tree.h"
#include "source/sweepc_version.h"

namespace sweepc {
namespace {

// Text for a roff line: backslashes and hyphens escaped (a plain '-' may become a typographic
// hyphen, which breaks copying an option), and a leading '.' or '\'' cannot start a request.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') {
            out += "\\e";
        } else if (c == '-') {
            out += "\\-";
        } else {
            out += c;
        }
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\'')) out.insert(0, "\\&");
    return out;
}

std::string option_synopsis(const CLI::Option& option) {
    std::string names;
    for (const std::string& name : option.get_snames()) names += (names.empty() ? "" : ", ") + fmt::format("\\fB{}\\fR", roff("-" + name));
    for (const std::string& name : option.get_lnames()) names += (names.empty() ? "" : ", ") + fmt::format("\\fB{}\\fR", roff("--" + name));
    if (takes_value(option)) {
        names += fmt::format(" \\fI{}\\fR", roff(value_placeholder(option)));
        if (option.get_items_expected_max() > 1) names += " ...";
    }
    return names;
}

std::string command_section(const CLI::App& command, const std::string& root_path) {
    const std::string path = command_path(command);
    std::string out = fmt::format(".SS \"{}\"\n{}\n", roff(path), roff(command.get_description()));
    std::string usage = fmt::format(".PP\n\\fB{}\\fR", roff(path));
    if (!visible_subcommands(command).empty()) usage += " \\fICOMMAND\\fR";
    if (!named_options(command).empty()) usage += " [\\fIOPTIONS\\fR]";
    for (const CLI::Option* operand : positional_arguments(command)) {
        usage += fmt::format(" {}\\fI{}\\fR{}", operand->get_required() ? "" : "[", roff(operand->get_name()),
                             operand->get_required() ? "" : "]");
        if (operand->get_items_expected_max() > 1) usage += " ...";
    }
    out += usage + "\n";
    for (const CLI::Option* operand : positional_arguments(command)) {
        out += fmt::format(".TP\n\\fI{}\\fR\n{}\n", roff(operand->get_name()), roff(operand->get_description()));
    }
    for (const CLI::Option* option : named_options(command)) {
        if (option == command.get_help_ptr() && command_path(command) != root_path) continue;
        std::string description = option->get_description();
        const std::string default_value = option->get_default_str();
        if (!default_value.empty()) description += fmt::format(" (default: {})", default_value);
        out += fmt::format(".TP\n{}\n{}\n", option_synopsis(*option), roff(description));
    }
    for (const CLI::App* sub : visible_subcommands(command)) out += command_section(*sub, root_path);
    return out;
}

}  // namespace

std::string man_page(const CLI::App& root) {
    const std::string name = command_path(root);
    std::string page = fmt::format(
        ".\\\" Generated from the command line definitions of sweepc {0}; do not edit.\n"
        ".TH SWEEPC 1 \"\" \"sweepc {0}\" \"User Commands\"\n"
        // Ragged right and no hyphenation: option names and URLs stay whole and copyable.
        ".ad l\n"
        ".nh\n"
        ".SH NAME\n"
        "sweepc \\- {1}\n"
        ".SH SYNOPSIS\n"
        ".B sweepc\n"
        "\\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n"
        ".br\n"
        ".B sweepc help\n"
        "[\\fICOMMAND\\fR ...]\n"
        ".br\n"
        ".B sweepc \\-\\-version\n"
        ".SH DESCRIPTION\n"
        "sweepc reads the master configs of an InferenceX\\-style benchmark suite and the benchmark scripts "
        "they run. It resolves them into GitHub Actions job matrices, checks them with located diagnostics, "
        "and reviews what a change does to the sweep.\n"
        ".PP\n"
        "Long options may be abbreviated to any unambiguous prefix (\\fB\\-\\-seq\\-len\\fR for "
        "\\fB\\-\\-seq\\-lens\\fR).\n"
        ".SH COMMANDS\n",
        sweepc_version, roff(root.get_description().substr(root.get_description().find(": ") + 2)));
    for (const CLI::App* command : visible_subcommands(root)) page += command_section(*command, name);
    page += ".SH OPTIONS\n";
    for (const CLI::Option* option : named_options(root)) {
        page += fmt::format(".TP\n{}\n{}\n", option_synopsis(*option), roff(option->get_description()));
    }
    page +=
        ".SH EXIT STATUS\n"
        ".TP\n.B 0\nSuccess; for check and lint, no errors (and no warnings under \\fB\\-\\-strict\\fR).\n"
        ".TP\n.B 1\nInvalid configuration or findings.\n"
        ".TP\n.B 2\nUsage error, unreadable input or unwritable output.\n"
        ".SH ENVIRONMENT\n"
        ".TP\n.B NO_COLOR\nWhen set, human diagnostics are not coloured (unless \\fB\\-\\-color always\\fR).\n"
        ".TP\n.B GITHUB_OUTPUT\nThe file \\fB\\-\\-github\\-output\\fR appends the matrices to.\n"
        ".SH FILES\n"
        "The JSON Schemas of the config files are installed under \\fIshare/sweepc/schemas\\fR of the "
        "installation prefix; the rules and the other documents under \\fIshare/doc/sweepc\\fR.\n"
        ".SH SEE ALSO\n"
        "\\fBgit\\fR(1), \\fBpre\\-commit\\fR(1)\n";
    return page;
}

}  // namespace sweepc
