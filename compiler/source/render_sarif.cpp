#include "source/render_sarif.h"

#include <cctype>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

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

Json sarif_location(const SourceLocation& at) {
    Json artifact;
    const std::string uri = sarif_artifact_uri(at.file);
    artifact["uri"] = uri;
    if (uri.rfind("file:", 0) != 0) artifact["uriBaseId"] = "%SRCROOT%";
    Json physical;
    physical["artifactLocation"] = std::move(artifact);
    if (at.line > 0) physical["region"] = sarif_region(at);
    Json location;
    location["physicalLocation"] = std::move(physical);
    return location;
}

Json sarif_rule(const std::string& id, const std::map<std::string, std::string>& rule_descriptions,
               std::string_view rules_doc_url) {
    auto described = rule_descriptions.find(id);
    const std::string& summary = described != rule_descriptions.end() ? described->second : id;
    const std::string anchor = rule_doc_anchor(id);
    Json rule;
    rule["id"] = id;
    rule["shortDescription"]["text"] = summary;
    if (!rules_doc_url.empty()) rule["helpUri"] = fmt::format("{}#{}", rules_doc_url, anchor);
    rule["help"]["text"] = fmt::format("See docs/rules.md#{}", anchor);
    return rule;
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

std::string sarif_artifact_uri(std::string_view path) {
    std::string out;
    if (!path.empty() && path.front() == '/') out = "file://";
    for (char c : path) {
        const auto byte = static_cast<unsigned char>(c == '\\' ? '/' : c);
        if (is_unreserved_or_path_char(byte)) {
            out += static_cast<char>(byte);
        } else {
            out += fmt::format("%{:02X}", static_cast<unsigned>(byte));
        }
    }
    return out;
}

std::string render_sarif(const Diagnostics& diagnostics,
                         const std::map<std::string, std::string>& rule_descriptions,
                         std::string_view rules_doc_url) {
    // Rules sorted by id so the rule table (and every ruleIndex) does not shift when only the
    // order of findings changes.
    std::set<std::string> rule_ids;
    for (const Diagnostic& d : diagnostics.all()) rule_ids.insert(d.rule);
    std::map<std::string, int> rule_index;
    Json rules = Json::array();
    for (const std::string& id : rule_ids) {
        rule_index[id] = static_cast<int>(rules.size());
        rules.push_back(sarif_rule(id, rule_descriptions, rules_doc_url));
    }

    Json results = Json::array();
    for (const Diagnostic& d : diagnostics.all()) {
        Json result;
        result["ruleId"] = d.rule;
        result["ruleIndex"] = rule_index.at(d.rule);
        result["level"] = sarif_level(d.severity);
        result["message"]["text"] = d.fix ? d.message + "\nfix: " + *d.fix : d.message;
        // A result with an empty URI cannot be placed by code scanning; leave it unlocated
        // rather than point at the repository root.
        Json locations = Json::array();
        if (!d.location.file.empty()) locations.push_back(sarif_location(d.location));
        result["locations"] = std::move(locations);
        results.push_back(std::move(result));
    }

    Json driver;
    driver["name"] = "sweepc";
    driver["version"] = std::string(sweepc_version);
    driver["rules"] = std::move(rules);
    Json run;
    run["tool"]["driver"] = std::move(driver);
    run["results"] = std::move(results);
    Json log;
    log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    log["version"] = "2.1.0";
    log["runs"] = Json::array({std::move(run)});
    return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace sweepc
