#include "review/baseline.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "schema/schema_validator.h"
#include "source/relative_path.h"
#include "source/source_file.h"

namespace sweepc {
namespace {

using Json = nlohmann::ordered_json;

SourceLocation location_of_offset(const std::string& path, const std::string& text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const auto line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
    const std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    const std::size_t column = line_start == std::string::npos ? offset : offset - line_start - 1;
    return SourceLocation::point(path, line + 1, static_cast<int>(column) + 1);
}

}  // namespace

bool baselined_kind(const Diagnostic& diagnostic) {
    return diagnostic.severity != Severity::note && diagnostic.rule != "usage" && diagnostic.rule != "io";
}

std::string render_baseline(const Diagnostics& diagnostics, const std::string& suite_root) {
    Json findings = Json::array();
    for (const Diagnostic& d : diagnostics.all()) {
        if (!baselined_kind(d)) continue;
        Json entry;
        entry["fingerprint"] = d.fingerprint;
        entry["rule"] = d.rule;
        entry["severity"] = severity_name(d.severity);
        entry["file"] = path_relative_to(d.location.file, suite_root);
        entry["line"] = d.location.line;
        entry["message"] = d.message;
        findings.push_back(std::move(entry));
    }
    Json baseline;
    baseline["version"] = 1;
    baseline["findings"] = std::move(findings);
    return baseline.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::optional<Baseline> read_baseline(const std::string& path, Diagnostics& diagnostics) {
    Diagnostics read_problems;
    std::optional<SourceFile> file = read_source_file(path, read_problems);
    if (!file) {
        // An unreadable baseline is a problem of the command line, whatever the reason.
        for (Diagnostic problem : read_problems.all()) {
            problem.rule = "usage";
            problem.message = fmt::format("cannot use '{}' as --baseline: {}", path, problem.message);
            diagnostics.add(std::move(problem));
        }
        return std::nullopt;
    }
    nlohmann::json document;
    try {
        document = nlohmann::json::parse(file->text());
    } catch (const nlohmann::json::parse_error& error) {
        diagnostics.error("usage", location_of_offset(path, file->text(), error.byte == 0 ? 0 : error.byte - 1),
                          fmt::format("--baseline '{}' is not JSON: {}; write it with sweepc check --write-baseline",
                                      path, error.what()));
        return std::nullopt;
    }
    static const SchemaValidator validator("baseline.schema.json");
    const std::vector<std::string> problems = validator.validate(document);
    if (!problems.empty()) {
        for (const std::string& problem : problems) {
            diagnostics.error("usage", SourceLocation::whole_file(path),
                              fmt::format("--baseline '{}' is not a sweepc baseline (schemas/baseline.schema.json): {}",
                                          path, problem));
        }
        return std::nullopt;
    }
    Baseline baseline;
    for (const auto& item : document["findings"]) {
        baseline.findings.push_back({item["fingerprint"].get<std::string>(), item["rule"].get<std::string>(),
                                     item["severity"].get<std::string>(), item["file"].get<std::string>(),
                                     item["line"].get<int>(), item["message"].get<std::string>()});
    }
    return baseline;
}

BaselineComparison compare_with_baseline(const Diagnostics& diagnostics, const Baseline& baseline) {
    std::map<std::string, std::size_t> accepted;  // fingerprint -> entries left to match
    for (const BaselineEntry& entry : baseline.findings) ++accepted[entry.fingerprint];
    BaselineComparison comparison;
    for (const Diagnostic& d : diagnostics.all()) {
        auto entry = accepted.find(d.fingerprint);
        if (baselined_kind(d) && entry != accepted.end() && entry->second > 0) {
            --entry->second;
            ++comparison.unchanged;
        } else {
            comparison.reported.add(d);
        }
    }
    for (const BaselineEntry& entry : baseline.findings) {
        auto left = accepted.find(entry.fingerprint);
        if (left->second > 0) {
            --left->second;
            comparison.fixed.push_back(entry);
        }
    }
    return comparison;
}

}  // namespace sweepc
