#pragma once
#include <optional>
#include <string>
#include <vector>

namespace sweepc {

// git's id for lines the working tree has and no commit does yet.
inline constexpr std::string_view uncommitted_lines_id = "0000000000000000000000000000000000000000";

// The commit that last wrote each line of a file, as `git blame --porcelain` says: element i is
// line i + 1 (uncommitted_lines_id for lines of the working tree not committed yet). `path` is
// relative to `working_dir`; with `revision`, the file as of that commit instead of the working
// tree. Nothing outside git, for a file git does not track, or when git fails.
std::optional<std::vector<std::string>> git_blame_commits(const std::string& path, const std::string& working_dir,
                                                          const std::optional<std::string>& revision = std::nullopt);

}  // namespace sweepc
