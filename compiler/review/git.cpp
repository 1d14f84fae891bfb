#include "review/git.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>

extern char** environ;

namespace sweepc {
namespace {

// Reads both pipes until they close. Polling both at once keeps a child that fills one pipe
// while we block on the other from dead-locking.
void drain(int out_fd, int err_fd, std::string& out, std::string& err) {
    std::array<pollfd, 2> fds{{{out_fd, POLLIN, 0}, {err_fd, POLLIN, 0}}};
    std::array<std::string*, 2> sinks{&out, &err};
    int open_count = 2;
    std::array<char, 65536> buffer{};
    while (open_count > 0) {
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        for (std::size_t i = 0; i < fds.size(); ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0) continue;
            ssize_t n = ::read(fds[i].fd, buffer.data(), buffer.size());
            if (n > 0) {
                sinks[i]->append(buffer.data(), static_cast<std::size_t>(n));
            } else if (n == 0 || errno != EINTR) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open_count;
            }
        }
    }
}

}  // namespace

GitResult run_git(const std::vector<std::string>& args, const std::string& working_dir,
                  const std::vector<std::string>& extra_env) {
    GitResult result;
    // -C instead of chdir: the caller's working directory is shared by the whole process.
    std::vector<std::string> argv = {"git", "-C", working_dir, "-c", "color.ui=never", "-c", "core.quotePath=false",
                                     "--no-pager"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> c_argv;
    for (std::string& arg : argv) c_argv.push_back(arg.data());
    c_argv.push_back(nullptr);
    std::vector<std::string> env_storage(extra_env);
    std::vector<char*> envp;
    for (std::string& entry : env_storage) envp.push_back(entry.data());
    for (char** entry = environ; *entry != nullptr; ++entry) envp.push_back(*entry);
    envp.push_back(nullptr);

    int out_pipe[2];
    int err_pipe[2];
    if (::pipe(out_pipe) != 0) return result;
    if (::pipe(err_pipe) != 0) {
        ::close(out_pipe[0]);
        ::close(out_pipe[1]);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
    posix_spawn_file_actions_addclose(&actions, err_pipe[0]);
    posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    pid_t pid = 0;
    const int spawned = ::posix_spawnp(&pid, "git", &actions, nullptr, c_argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(out_pipe[1]);
    ::close(err_pipe[1]);
    if (spawned != 0) {
        ::close(out_pipe[0]);
        ::close(err_pipe[0]);
        result.err = "cannot run git: is it installed and on PATH?";
        return result;
    }
    drain(out_pipe[0], err_pipe[0], result.out, result.err);
    int wait_status = 0;
    while (::waitpid(pid, &wait_status, 0) < 0 && errno == EINTR) {
    }
    result.status = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
    return result;
}

std::optional<std::string> git_show_file(const std::string& revision, const std::string& path,
                                         const std::string& working_dir, std::string& error) {
    // `REV:./path` is relative to the working directory, like every other path the user gives.
    GitResult shown = run_git({"show", revision + ":./" + path}, working_dir);
    if (shown.status == 0) return shown.out;
    if (!git_revision_exists(revision, working_dir)) error = shown.err;
    return std::nullopt;
}

std::vector<std::string> split_nul_separated(const std::string& text) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\0', start);
        if (end == std::string::npos) end = text.size();
        if (end > start) fields.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return fields;
}

std::vector<std::string> git_list_folder(const std::string& revision, const std::string& folder,
                                         const std::string& working_dir) {
    std::string prefix = folder;
    if (!prefix.empty() && prefix.back() != '/') prefix += '/';
    GitResult listed = run_git({"ls-tree", "--name-only", "-z", revision, "--", prefix}, working_dir);
    if (listed.status != 0) return {};
    return split_nul_separated(listed.out);
}

std::optional<std::string> git_toplevel(const std::string& folder) {
    GitResult top = run_git({"rev-parse", "--show-toplevel"}, folder);
    if (top.status != 0) return std::nullopt;
    while (!top.out.empty() && (top.out.back() == '\n' || top.out.back() == '\r')) top.out.pop_back();
    if (top.out.empty()) return std::nullopt;
    return top.out;
}

bool git_revision_exists(const std::string& revision, const std::string& working_dir) {
    return run_git({"rev-parse", "--verify", "--quiet", revision + "^{commit}"}, working_dir).status == 0;
}

}  // namespace sweepc
