#include "review/fingerprint.h"

#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "source/relative_path.h"
#include "source/sha256.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

// The nearest line from `line` in direction `step` that has more than whitespace, trimmed.
std::string_view non_blank_neighbour(const SourceFile& file, int line, int step) {
    for (int at = line + step; at >= 1 && at <= file.line_count(); at += step) {
        std::string_view text = trimmed(file.line(at));
        if (!text.empty()) return text;
    }
    return {};
}

// A message without the suite root's own path, which differs between checkouts.
std::string message_without_root(std::string message, const std::string& suite_root) {
    std::error_code error;
    const std::string root = fs::absolute(fs::path(suite_root), error).lexically_normal().generic_string();
    for (const std::string& prefix : {root.ends_with('/') ? root : root + "/", suite_root + "/"}) {
        if (prefix == "./" || prefix == "/") continue;
        for (std::size_t at = message.find(prefix); at != std::string::npos; at = message.find(prefix, at)) {
            message.erase(at, prefix.size());
        }
    }
    return message;
}

// What the finding points at, as text: the identity of the problem apart from its position.
std::string located_context(const Diagnostic& d, const SourceFile* file, const std::string& suite_root) {
    if (d.location.line <= 0 || file == nullptr) return "message\n" + message_without_root(d.message, suite_root);
    const std::string_view line = file->line(d.location.line);
    std::string_view span;
    const bool single_line = d.location.end_line == 0 || d.location.end_line == d.location.line;
    if (single_line && d.location.column > 0 && d.location.end_column > d.location.column) {
        const auto start = static_cast<std::size_t>(d.location.column - 1);
        if (start < line.size()) span = line.substr(start, static_cast<std::size_t>(d.location.end_column - d.location.column));
    }
    return fmt::format("above\n{}\nline\n{}\nbelow\n{}\nspan\n{}", non_blank_neighbour(*file, d.location.line, -1),
                       trimmed(line), non_blank_neighbour(*file, d.location.line, +1), span);
}

}  // namespace

void assign_fingerprints(Diagnostics& diagnostics, const SourceMap& sources, const std::string& suite_root) {
    diagnostics.sort();
    std::map<std::string, int> occurrences;
    Diagnostics fingerprinted;
    for (Diagnostic d : diagnostics.all()) {
        if (!d.fingerprint.empty()) {
            fingerprinted.add(std::move(d));
            continue;
        }
        // Fields are separated by a byte that cannot occur in a path or rule id, so no two
        // different findings can concatenate to the same text.
        const std::string key = fmt::format("{}\x1f{}\x1f{}", d.rule, path_relative_to(d.location.file, suite_root),
                                            located_context(d, sources.find(d.location.file), suite_root));
        const std::string hash = sha256_hex(key).substr(0, 32);
        d.fingerprint = fmt::format("{}:{}", hash, ++occurrences[hash]);
        fingerprinted.add(std::move(d));
    }
    diagnostics = std::move(fingerprinted);
}

}  // namespace sweepc
