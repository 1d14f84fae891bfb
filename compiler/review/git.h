#pragma once
#include <optional>
#include <string>
#include <vector>

namespace sweepc {

struct GitResult {
    int status = -1;  // exit status; -1 when git could not be started or was killed
    std::string out;
    std::string err;
};

// Runs `git <args>` in `working_dir` without a shell: arguments reach git exactly as given, so a
// revision or path can never be read as shell syntax. Colour, pagers and external diff drivers
// are turned off so the output is the plain text the callers parse. `extra_env` ("NAME=value")
// is added to the environment git sees (e.g. GIT_INDEX_FILE for a private index).
GitResult run_git(const std::vector<std::string>& args, const std::string& working_dir = ".",
                  const std::vector<std::string>& extra_env = {});

// The fields of git's -z output (NUL-terminated), empty fields dropped.
std::vector<std::string> split_nul_separated(const std::string& text);

// The bytes of `path` (relative to `working_dir`) as of `revision`, or nothing when the revision
// has no such file. `error` receives git's message when the revision itself is unknown.
std::optional<std::string> git_show_file(const std::string& revision, const std::string& path,
                                         const std::string& working_dir, std::string& error);

// The files directly inside `folder` (relative to `working_dir`) at `revision`, as paths relative
// to `working_dir`, in git's (byte) order.
std::vector<std::string> git_list_folder(const std::string& revision, const std::string& folder,
                                         const std::string& working_dir);

// The top folder of the work tree around `folder`, or nothing outside git.
std::optional<std::string> git_toplevel(const std::string& folder);

// True when `revision` names a commit of the repository around `working_dir`.
bool git_revision_exists(const std::string& revision, const std::string& working_dir);

}  // namespace sweepc
