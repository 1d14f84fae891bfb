#include "source/render_sarif.h"

#include <cctype>
#include <filesystem>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "source/relative_path.h"

namespace sweepc {
namespace {

using Json = nlohmann::ordered_json;

const char* sarif_level(Severity severity) {
    switch (severity) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::note: return "note";
    }
    return "error";
}

bool is_unreserved_or_path_char(unsigned char c) {
    if (std::isalnum(c) != 0) return true;
    switch (c) {
        case '-': case '.': case '_': case '~':                          // unreserved
        case '!': case '$': case '&': case '\'': case '(': case ')':     // sub-delims
        case '*': case '+': case ',': case ';': case '=':
        case '@': case '/':
            return true;
        default:
            return false;
    }
}

// A region only when there is a line; end fields only when they describe a sane span, because
// an endLine before startLine makes the whole log invalid.
Json sarif_region(const SourceLocation& at) {
    Json region;
    region["startLine"] = at.line;
    if (at.column > 0) region["startColumn"] = at.column;
    if (at.end_line >= at.line) {
        region["endLine"] = at.end_line;
        // SARIF's endColumn is exclusive, as ours is.
        const bool ordered = at.end_line > at.line || at.end_column >= at.column;
        if (at.column > 0 && at.end_column > 0 && ordered) region["endColumn"] = at.end_column;
    }
    return region;
}

bool names_command_line_option(const std::string& file) { return file.starts_with("-"); }

Json sarif_location(const SourceLocation& at, const std::string& source_root) {
    Json artifact;
    artifact["uri"] = sarif_artifact_uri(path_relative_to(at.file, source_root));
    artifact["uriBaseId"] = "%SRCROOT%";
    Json physical;
    physical["artifactLocation"] = std::move(artifact);
    if (at.line > 0) physical["region"] = sarif_region(at);
    Json location;
    location["physicalLocation"] = std::move(physical);
    return location;
}

Json sarif_rule(const std::string& id, const SarifOptions& options) {
    auto described = options.rules.find(id);
    const RuleDescription fallback{id, "", ""};
    const RuleDescription& description = described != options.rules.end() ? described->second : fallback;
    const std::string anchor = rule_doc_anchor(id);
    Json rule;
    rule["id"] = id;
    rule["shortDescription"]["text"] = description.summary.empty() ? id : description.summary;
    rule["fullDescription"]["text"] = description.full.empty() ? rule["shortDescription"]["text"] : Json(description.full);
    const std::string help_uri = options.rules_doc_url.empty() ? "" : fmt::format("{}#{}", options.rules_doc_url, anchor);
    if (!help_uri.empty()) rule["helpUri"] = help_uri;
    rule["help"]["text"] = fmt::format("{}\n\nSee {}", rule["fullDescription"]["text"].get<std::string>(),
                                       help_uri.empty() ? "docs/rules.md#" + anchor : help_uri);
    if (!description.help_markdown.empty()) rule["help"]["markdown"] = description.help_markdown;
    return rule;
}

// The message, with the source root's absolute path taken out of the paths it names: a log for
// code scanning names files as the repository does, not as one machine had them.
std::string message_text(const Diagnostic& d, const std::string& source_root) {
    std::string text = d.fix ? d.message + "\nfix: " + *d.fix : d.message;
    std::error_code error;
    std::string root = std::filesystem::absolute(source_root, error).lexically_normal().generic_string();
    if (error || root.empty()) return text;
    if (!root.ends_with('/')) root += '/';
    if (root == "/") return text;
    for (std::size_t at = text.find(root); at != std::string::npos; at = text.find(root, at)) text.erase(at, root.size());
    return text;
}

Json notification(const Diagnostic& d, const std::string& source_root) {
    Json item;
    item["descriptor"]["id"] = d.rule;
    item["level"] = sarif_level(d.severity);
    item["message"]["text"] = message_text(d, source_root);
    if (!d.location.file.empty() && !names_command_line_option(d.location.file)) {
        item["locations"] = Json::array({sarif_location(d.location, source_root)});
    }
    return item;
}

}  // namespace

std::string rule_doc_anchor(std::string_view rule) {
    std::string anchor;
    for (char c : rule) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0) {
            anchor += static_cast<char>(std::tolower(byte));
        } else if (c == '-' || c == '_') {
            anchor += c;
        } else if (c == ' ') {
            anchor += '-';
        }
    }
    return anchor;
}

std::string sarif_artifact_uri(std::string_view relative_path) {
    std::string out;
    for (char c : relative_path) {
        const auto byte = static_cast<unsigned char>(c == '\\' ? '/' : c);
        if (is_unreserved_or_path_char(byte)) {
            out += static_cast<char>(byte);
        } else {
            out += fmt::format("%{:02X}", static_cast<unsigned>(byte));
        }
    }
    return out;
}

bool is_invocation_notification(const Diagnostic& diagnostic) {
    return diagnostic.rule == "usage" || diagnostic.rule == "io" || diagnostic.rule == "baseline/fixed";
}

std::string default_rules_doc_url() {
    return fmt::format("{}/blob/v{}/docs/rules.md", sweepc_repository_url, sweepc_version);
}

std::string render_sarif(const Diagnostics& diagnostics, const SarifOptions& options) {
    // Rules sorted by id so the rule table (and every ruleIndex) does not shift when only the
    // order of findings changes.
    std::set<std::string> rule_ids;
    for (const Diagnostic& d : diagnostics.all()) {
        if (!is_invocation_notification(d)) rule_ids.insert(d.rule);
    }
    std::map<std::string, int> rule_index;
    Json rules = Json::array();
    for (const std::string& id : rule_ids) {
        rule_index[id] = static_cast<int>(rules.size());
        rules.push_back(sarif_rule(id, options));
    }

    Json results = Json::array();
    Json notifications = Json::array();
    bool execution_successful = true;
    for (const Diagnostic& d : diagnostics.all()) {
        if (is_invocation_notification(d)) {
            notifications.push_back(notification(d, options.source_root));
            if (d.severity == Severity::error) execution_successful = false;
            continue;
        }
        Json result;
        result["ruleId"] = d.rule;
        result["ruleIndex"] = rule_index.at(d.rule);
        result["level"] = sarif_level(d.severity);
        result["message"]["text"] = message_text(d, options.source_root);
        // A result with an empty URI cannot be placed by code scanning; leave it unlocated
        // rather than point at the repository root.
        Json locations = Json::array();
        if (!d.location.file.empty()) locations.push_back(sarif_location(d.location, options.source_root));
        result["locations"] = std::move(locations);
        if (!d.fingerprint.empty()) result["partialFingerprints"]["sweepc/v1"] = d.fingerprint;
        if (options.against_baseline) result["baselineState"] = "new";
        results.push_back(std::move(result));
    }

    Json driver;
    driver["name"] = "sweepc";
    driver["version"] = std::string(sweepc_version);
    driver["informationUri"] = std::string(sweepc_repository_url);
    driver["rules"] = std::move(rules);
    Json invocation;
    invocation["executionSuccessful"] = execution_successful;
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
    Json run;
    run["tool"]["driver"] = std::move(driver);
    run["invocations"] = Json::array({std::move(invocation)});
    run["results"] = std::move(results);
    Json log;
    log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    log["version"] = "2.1.0";
    log["runs"] = Json::array({std::move(run)});
    return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace sweepc
