#include "emit/github_output.h"

#include <cstdio>
#include <cstdlib>
#include <random>

#include <fmt/format.h>

#include "emit/matrix_split.h"

namespace sweepc {

std::size_t github_output_size(std::string_view utf8) {
    std::size_t units = 0;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        std::size_t length = 1;
        if (lead >= 0xf0 && lead <= 0xf4) length = 4;
        else if (lead >= 0xe0) length = 3;
        else if (lead >= 0xc2 && lead < 0xe0) length = 2;
        bool valid = length > 1 && i + length <= utf8.size();
        for (std::size_t k = 1; valid && k < length; ++k) {
            valid = (static_cast<unsigned char>(utf8[i + k]) & 0xc0) == 0x80;
        }
        if (!valid) length = 1;
        units += valid && length == 4 ? 2 : 1;  // a code point past U+FFFF is a surrogate pair
        i += length;
    }
    return units * 2;
}

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

std::string github_output_text(const std::vector<Run>& runs, const Edition& edition, std::size_t max_jobs,
                               const std::function<std::string()>& make_delimiter) {
    std::vector<MatrixPart> parts = node_kind_matrices(runs, max_jobs);
    for (MatrixPart& part : bucket_matrices(runs, edition, max_jobs, /*keep_empty=*/true)) {
        parts.push_back(std::move(part));
    }
    std::string out;
    for (const MatrixPart& part : parts) {
        if (part.part == 1) out += fmt::format("{}-parts={}\n", part.name, part.parts);
        out += github_output_record(part.part_name() + "-config", matrix_json(part.runs), make_delimiter);
    }
    return out;
}

std::size_t sweep_outputs_size(const std::vector<Run>& runs, const Edition& edition, std::size_t max_jobs) {
    std::size_t size = 0;
    for (const MatrixPart& part : bucket_matrices(runs, edition, max_jobs, /*keep_empty=*/true)) {
        size += github_output_size(part.part_name() + "-config") + github_output_size(matrix_json(part.runs));
    }
    return size;
}

namespace {

std::string thousands(std::size_t value) {
    std::string digits = std::to_string(value);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
    return digits;
}

bool append_to_github_output_file(const std::string& text, Diagnostics& diagnostics) {
    const char* path = std::getenv("GITHUB_OUTPUT");
    if (path == nullptr || *path == '\0') {
        diagnostics.error("io", SourceLocation{"--github-output", 0, 0, 0, 0},
                          "--github-output needs the GITHUB_OUTPUT environment variable to name the file to "
                          "append to (GitHub Actions sets it in every step)");
        return false;
    }
    std::FILE* file = std::fopen(path, "ab");
    if (file == nullptr) {
        diagnostics.error("io", SourceLocation::whole_file(path), "cannot open $GITHUB_OUTPUT for appending");
        return false;
    }
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    const bool closed = std::fclose(file) == 0;
    if (!written || !closed) {
        diagnostics.error("io", SourceLocation::whole_file(path), "cannot append the outputs to $GITHUB_OUTPUT");
        return false;
    }
    return true;
}

}  // namespace

bool append_github_output(const std::vector<Run>& runs, const Edition& edition, std::size_t max_jobs,
                          Diagnostics& diagnostics) {
    const std::size_t size = sweep_outputs_size(runs, edition, max_jobs);
    if (size > github_job_outputs_limit_bytes) {
        diagnostics.error(
            "usage", SourceLocation::whole_file("--github-output"),
            fmt::format("the {} jobs of this sweep are {} bytes of job outputs as GitHub counts them (UTF-16, "
                        "every run once), {} over GitHub's limit of {} bytes for the outputs of one job, so the "
                        "job passing them on would fail; nothing was written. Write the matrices to files "
                        "instead: `sweepc emit --out sweep --github-output` writes them under sweep/matrix/ and "
                        "puts only the small list of parts in $GITHUB_OUTPUT; upload sweep/matrix/ as an artifact "
                        "and let a matrix job over the parts read its own (docs/examples/full-sweep.yml)",
                        thousands(runs.size()), thousands(size), thousands(size - github_job_outputs_limit_bytes),
                        thousands(github_job_outputs_limit_bytes)));
        return false;
    }
    return append_to_github_output_file(github_output_text(runs, edition, max_jobs, random_output_delimiter),
                                        diagnostics);
}

bool append_github_output_lines(const std::vector<std::pair<std::string, std::string>>& outputs,
                                Diagnostics& diagnostics) {
    std::string text;
    for (const auto& [key, value] : outputs) {
        if (value.find('\n') != std::string::npos) {
            text += github_output_record(key, value, random_output_delimiter);
        } else {
            text += fmt::format("{}={}\n", key, value);
        }
    }
    return append_to_github_output_file(text, diagnostics);
}

}  // namespace sweepc
