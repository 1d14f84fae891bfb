#include "emit/github_output.h"

#include <cstdio>
#include <cstdlib>
#include <random>

#include <fmt/format.h>

#include "emit/matrix_split.h"

namespace sweepc {

std::string random_output_delimiter() {
    std::random_device device;
    std::string out = "ghadelimiter_";
    for (int i = 0; i < 4; ++i) out += fmt::format("{:08x}", device());
    return out;
}

std::string github_output_record(std::string_view key, std::string_view value,
                                 const std::function<std::string()>& make_delimiter) {
    std::string delimiter = make_delimiter();
    while (delimiter.empty() || value.find(delimiter) != std::string_view::npos ||
           key.find(delimiter) != std::string_view::npos) {
        delimiter = make_delimiter();
    }
    return fmt::format("{}<<{}\n{}\n{}\n", key, delimiter, value, delimiter);
}

std::string github_output_text(const std::vector<Run>& runs, std::size_t max_jobs,
                               const std::function<std::string()>& make_delimiter) {
    std::vector<MatrixPart> parts = node_kind_matrices(runs, max_jobs);
    for (MatrixPart& part : bucket_matrices(runs, max_jobs, /*keep_empty=*/true)) parts.push_back(std::move(part));
    std::string out;
    for (const MatrixPart& part : parts) {
        if (part.part == 1) out += fmt::format("{}-parts={}\n", part.name, part.parts);
        out += github_output_record(part.part_name() + "-config", matrix_json(part.runs), make_delimiter);
    }
    return out;
}

bool append_github_output(const std::vector<Run>& runs, std::size_t max_jobs, Diagnostics& diagnostics) {
    const char* path = std::getenv("GITHUB_OUTPUT");
    if (path == nullptr || *path == '\0') {
        diagnostics.error("io", SourceLocation{"--github-output", 0, 0, 0, 0},
                          "--github-output needs the GITHUB_OUTPUT environment variable to name the file to "
                          "append to (GitHub Actions sets it in every step)");
        return false;
    }
    const std::string text = github_output_text(runs, max_jobs, random_output_delimiter);
    std::FILE* file = std::fopen(path, "ab");
    if (file == nullptr) {
        diagnostics.error("io", SourceLocation::whole_file(path), "cannot open $GITHUB_OUTPUT for appending");
        return false;
    }
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    const bool closed = std::fclose(file) == 0;
    if (!written || !closed) {
        diagnostics.error("io", SourceLocation::whole_file(path), "cannot append the matrices to $GITHUB_OUTPUT");
        return false;
    }
    return true;
}

}  // namespace sweepc
