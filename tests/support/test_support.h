#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace sweepc::test {

// The repository root and the shared reference data beside it (../shared/inferencex).
std::filesystem::path source_dir();
std::filesystem::path shared_inferencex_dir();

std::string read_file(const std::filesystem::path& path);
// The lines of a text, without their '\n'; a final newline does not start another line.
std::vector<std::string> split_lines(const std::string& text);
void write_file(const std::filesystem::path& path, const std::string& text);

// A fresh empty folder under the system temp dir, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

struct CommandResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs the built sweepc binary with `args` in `working_dir`, capturing stdout and stderr.
// Arguments are passed without a shell, so globs and quotes reach sweepc as written.
CommandResult run_sweepc(const std::vector<std::string>& args,
                         const std::filesystem::path& working_dir = source_dir(),
                         const std::vector<std::string>& extra_env = {});

// Runs a program (looked up on PATH) the same way.
CommandResult run_program(const std::vector<std::string>& argv, const std::filesystem::path& working_dir,
                          const std::vector<std::string>& extra_env = {});

}  // namespace sweepc::test
