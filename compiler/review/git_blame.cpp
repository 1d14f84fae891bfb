#include "review/git_blame.h"

#include <algorithm>
#include <charconv>
#include <string_view>

#include "review/git.h"

namespace sweepc {
namespace {

bool is_hex_id(std::string_view text) {
    return text.size() == 40 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

// A porcelain header, "<id> <line in the commit> <line in the file> [<lines in the group>]": the
// id and the line in the file. Content lines start with a tab and other headers with a word, so
// neither parses.
bool parse_header(std::string_view line, std::string_view& id, std::size_t& final_line) {
    const std::size_t first_space = line.find(' ');
    if (first_space == std::string_view::npos || !is_hex_id(line.substr(0, first_space))) return false;
    const std::size_t second_space = line.find(' ', first_space + 1);
    if (second_space == std::string_view::npos) return false;
    std::string_view number = line.substr(second_space + 1);
    number = number.substr(0, number.find(' '));
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), final_line);
    if (error != std::errc() || end != number.data() + number.size() || final_line == 0) return false;
    id = line.substr(0, first_space);
    return true;
}

}  // namespace

std::optional<std::vector<std::string>> git_blame_commits(const std::string& path, const std::string& working_dir,
                                                          const std::optional<std::string>& revision) {
    std::vector<std::string> args = {"blame", "--porcelain"};
    if (revision) args.push_back(*revision);
    args.insert(args.end(), {"--", path});
    const GitResult result = run_git(args, working_dir);
    if (result.status != 0) return std::nullopt;
    std::vector<std::string> commits;
    std::string_view out = result.out;
    while (!out.empty()) {
        const std::size_t end = out.find('\n');
        const std::string_view line = out.substr(0, end);
        out = end == std::string_view::npos ? std::string_view() : out.substr(end + 1);
        std::string_view id;
        std::size_t final_line = 0;
        if (!parse_header(line, id, final_line)) continue;
        if (commits.size() < final_line) commits.resize(final_line);
        commits[final_line - 1] = std::string(id);
    }
    return commits;
}

}  // namespace sweepc
