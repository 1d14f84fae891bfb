#include "cli/edition_option.h"

#include <fmt/format.h>

namespace sweepc {

void add_edition_option(CLI::App& command, std::string& edition_name) {
    std::vector<std::string> names;
    for (const Edition* edition : all_editions()) names.emplace_back(edition->name);
    command
        .add_option("--edition", edition_name,
                    fmt::format("Read the inputs as this edition of the suite's format ({}); default: detected "
                                "from the files",
                                edition_names()))
        ->check(CLI::IsMember(names));
}

const Edition* chosen_edition(const std::string& edition_name) {
    return edition_name.empty() ? nullptr : find_edition(edition_name);
}

}  // namespace sweepc
