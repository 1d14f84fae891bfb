#pragma once
#include <map>
#include <string>
#include <string_view>

#include "source/diagnostic.h"

namespace sweepc {

// Reported as tool.driver.version; keep in step with project(VERSION) in CMakeLists.txt.
inline constexpr std::string_view sweepc_version = "0.1.0";

// A SARIF 2.1.0 log with one run, in the subset GitHub code scanning accepts: the rules seen
// (sorted by id) under tool.driver.rules, one result per diagnostic with ruleId/ruleIndex,
// level, message and a %SRCROOT%-relative location. A diagnostic's fix goes into the message
// text, since a SARIF `fixes` entry must carry concrete artifact edits. Ends with a newline.
//
// `rule_descriptions` maps rule id -> one-line shortDescription; unknown ids fall back to the id.
// `rules_doc_url` is the absolute URL of docs/rules.md (e.g. a GitHub blob URL): SARIF requires
// helpUri to be an absolute URI and GitHub rejects uploads that break that, so helpUri is only
// written when this is given; every rule still names its docs/rules.md anchor in help.text.
std::string render_sarif(const Diagnostics& diagnostics,
                         const std::map<std::string, std::string>& rule_descriptions = {},
                         std::string_view rules_doc_url = {});

// The anchor GitHub gives a docs/rules.md heading naming the rule: lower case, punctuation other
// than '-' and '_' dropped, spaces to '-'. "shell/unset-integer-test" -> "shellunset-integer-test".
std::string rule_doc_anchor(std::string_view rule);

// A file path as a SARIF artifact URI: backslashes become '/', characters that are not allowed
// in a URI path (or that would read as a scheme, like ':') are percent-encoded. Absolute POSIX
// paths become file:// URIs, relative ones stay relative to %SRCROOT%.
std::string sarif_artifact_uri(std::string_view path);

}  // namespace sweepc
