#pragma once
// Runs the built sweepc under a wall-clock bound and reports its peak memory, for the hostile-input
// tests: each must end on its own, quickly, without using much memory.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "support/test_support.h"

namespace sweepc::test {

struct BoundedResult {
    int exit_code = -1;
    bool timed_out = false;
    long peak_rss_kib = 0;
    double seconds = 0;
    std::string out;
    std::string err;
};

// Bounds generous enough for a Debug build under AddressSanitizer, and far below what an
// unbounded expansion or a hang would take.
inline constexpr double hostile_time_limit_seconds = 60.0;
inline constexpr long hostile_memory_limit_kib = 1024L * 1024L;  // 1 GiB, shadow memory included

inline BoundedResult run_sweepc_bounded(const std::vector<std::string>& args, const std::filesystem::path& working_dir,
                                        double limit_seconds = hostile_time_limit_seconds,
                                        const std::vector<std::string>& extra_env = {}) {
    TempDir capture;
    const std::string out_path = (capture / "out").string();
    const std::string err_path = (capture / "err").string();
    std::vector<std::string> argv{SWEEPC_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> c_args;
    for (auto& arg : argv) c_args.push_back(arg.data());
    c_args.push_back(nullptr);

    const auto start = std::chrono::steady_clock::now();
    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        if (::chdir(working_dir.c_str()) != 0) ::_exit(126);
        for (const std::string& assignment : extra_env) ::putenv(const_cast<char*>(assignment.c_str()));
        int out_fd = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int err_fd = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        int null_fd = ::open("/dev/null", O_RDONLY);
        ::dup2(null_fd, 0);
        ::dup2(out_fd, 1);
        ::dup2(err_fd, 2);
        ::execv(c_args[0], c_args.data());
        ::_exit(127);
    }
    BoundedResult result;
    int status = 0;
    rusage usage{};
    for (;;) {
        pid_t done = ::wait4(pid, &status, WNOHANG, &usage);
        if (done == pid) break;
        if (std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > limit_seconds) {
            result.timed_out = true;
            ::kill(pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.peak_rss_kib = usage.ru_maxrss;
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    return result;
}

}  // namespace sweepc::test
