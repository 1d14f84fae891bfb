#pragma once
// Runs the built sweepc in a child process under resource limits, for the hostile-input tests: each
// run must end on its own, within a CPU-time and a memory limit, with a clean exit status. The
// limits are the kernel's (RLIMIT_CPU; RLIMIT_AS, or in a sanitized build AddressSanitizer's
// hard_rss_limit_mb, since its shadow memory reserves terabytes of address space), so what a run is
// allowed does not depend on how busy the machine is; nothing here races a wall clock. A run over a
// limit is killed and fails its test through its exit status. How fast sweepc is, is measured by
// tests/bench/bench.sh and recorded in docs/PERFORMANCE.md.
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "support/test_support.h"

namespace sweepc::test {

struct BoundedResult {
    // 128 + signal when killed (SIGXCPU: the CPU limit; SIGABRT, SIGSEGV or SIGKILL: the memory
    // limit), so a run over a limit fails every test that expects a clean exit status. The limits
    // are the memory check: the child's ru_maxrss would also count the forked test process before
    // exec, so it is not read.
    int exit_code = -1;
    bool blocked = false;    // asleep without using any CPU for blocked_after_seconds: waiting forever
    double cpu_seconds = 0;  // user + system CPU time the child used
    std::string out;
    std::string err;
};

struct RunLimits {
    long cpu_seconds = 60;            // RLIMIT_CPU: far above any hostile input handled linearly
    long memory_kib = 1024L * 1024L;  // 1 GiB resident (sanitizer shadow included)
};

// The limits of every hostile-input run unless a test asks for tighter ones (RunLimits{}): generous
// for a Debug build under AddressSanitizer (about 210 MiB resident before it reads anything), and
// far below what an unbounded expansion or a loop would take.

// A child asleep this long without a tick of CPU time is blocked (on a FIFO, a lock, a read that
// never ends), not slow: a busy machine delays a runnable process, it does not put it to sleep.
inline constexpr int blocked_after_seconds = 30;

namespace detail {

// The child's state letter and its CPU time in clock ticks, from /proc/<pid>/stat.
inline bool child_state(pid_t pid, char& state, unsigned long long& ticks) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const std::size_t close = text.rfind(')');  // the command name may hold spaces and parentheses
    if (close == std::string::npos) return false;
    std::istringstream fields(text.substr(close + 2));
    std::string skip;
    unsigned long long utime = 0;
    unsigned long long stime = 0;
    fields >> state;
    for (int field = 4; field <= 13; ++field) fields >> skip;  // ppid .. cmajflt
    fields >> utime >> stime;
    ticks = utime + stime;
    return static_cast<bool>(fields);
}

inline bool sanitized_build() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

}  // namespace detail

inline BoundedResult run_sweepc_limited(const std::vector<std::string>& args, const std::filesystem::path& working_dir,
                                        RunLimits limits = {}, const std::vector<std::string>& extra_env = {}) {
    TempDir capture;
    const std::string out_path = (capture / "out").string();
    const std::string err_path = (capture / "err").string();
    std::vector<std::string> argv{SWEEPC_BINARY};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> c_args;
    for (auto& arg : argv) c_args.push_back(arg.data());
    c_args.push_back(nullptr);
    // Built before fork: the child only calls async-signal-safe functions and putenv.
    std::vector<std::string> environment = extra_env;
    if (detail::sanitized_build()) {
        const char* asan = std::getenv("ASAN_OPTIONS");
        environment.push_back(std::string("ASAN_OPTIONS=") + (asan != nullptr ? asan : "") +
                              ":abort_on_error=1:hard_rss_limit_mb=" + std::to_string(limits.memory_kib / 1024));
    }

    pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        if (::chdir(working_dir.c_str()) != 0) ::_exit(126);
        for (std::string& assignment : environment) ::putenv(assignment.data());
        const rlimit cpu{static_cast<rlim_t>(limits.cpu_seconds), static_cast<rlim_t>(limits.cpu_seconds + 5)};
        ::setrlimit(RLIMIT_CPU, &cpu);
        if (!detail::sanitized_build()) {
            const rlim_t bytes = static_cast<rlim_t>(limits.memory_kib) * 1024;
            const rlimit memory{bytes, bytes};
            ::setrlimit(RLIMIT_AS, &memory);
        }
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
    unsigned long long last_ticks = 0;
    int asleep_seconds = 0;
    for (int polls = 1;; ++polls) {
        if (::wait4(pid, &status, WNOHANG, &usage) == pid) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        if (polls % 50 != 0) continue;  // about once a second, look at what the child is doing
        char state = '?';
        unsigned long long ticks = 0;
        if (!detail::child_state(pid, state, ticks)) continue;
        asleep_seconds = (state == 'S' || state == 'D') && ticks == last_ticks ? asleep_seconds + 1 : 0;
        last_ticks = ticks;
        if (asleep_seconds >= blocked_after_seconds) {
            result.blocked = true;
            ::kill(pid, SIGKILL);
            ::wait4(pid, &status, 0, &usage);
            break;
        }
    }
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.cpu_seconds = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    result.out = read_file(out_path);
    result.err = read_file(err_path);
    return result;
}

// The same under the default limits.
inline BoundedResult run_sweepc_bounded(const std::vector<std::string>& args, const std::filesystem::path& working_dir,
                                        const std::vector<std::string>& extra_env = {}) {
    return run_sweepc_limited(args, working_dir, RunLimits{}, extra_env);
}

}  // namespace sweepc::test
