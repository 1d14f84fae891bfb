#pragma once
#include <map>
#include <string>
#include <string_view>

#include "source/diagnostic.h"
#include "source/sweepc_version.h"  // reported as tool.driver.version

namespace sweepc {

// Where sweepc's own sources live; the default --docs-url points at its docs/rules.md there.
inline constexpr std::string_view sweepc_repository_url = "https://github.com/sweepc/sweepc";

// docs/rules.md of this version, on GitHub: <repository>/blob/v<version>/docs/rules.md.
std::string default_rules_doc_url();

// How a rule is described in tool.driver.rules.
struct RuleDescription {
    std::string summary;        // one line: shortDescription
    std::string full;           // the rule's "What." paragraph of docs/rules.md: fullDescription
    std::string help_markdown;  // the rule's whole section of docs/rules.md: help.markdown
};

struct SarifOptions {
    std::map<std::string, RuleDescription> rules;  // unknown ids fall back to the id
    // Absolute URL of docs/rules.md; each rule's helpUri is this plus its heading's anchor. SARIF
    // requires helpUri to be absolute, so nothing is written when this is empty.
    std::string rules_doc_url;
    // %SRCROOT%: artifact URIs are relative to this folder, whatever the paths looked like.
    std::string source_root = ".";
    // Results are the findings a --baseline did not accept: each gets baselineState "new".
    bool against_baseline = false;
};

// Findings that are about this invocation rather than about the code (a bad option, an
// unreadable input, a baselined finding no longer found): SARIF reports them as tool execution
// notifications, never as results located at a command-line option.
bool is_invocation_notification(const Diagnostic& diagnostic);

// A SARIF 2.1.0 log with one run, in the subset GitHub code scanning accepts: the rules seen
// (sorted by id) under tool.driver.rules with short and full descriptions, help and helpUri;
// one result per finding with ruleId/ruleIndex, level, message, a %SRCROOT%-relative location
// and, when the finding has one, partialFingerprints["sweepc/v1"] (review/fingerprint.h);
// invocations[0] with executionSuccessful and the toolExecutionNotifications. A finding's fix
// goes into the message text, since a SARIF `fixes` entry must carry concrete artifact edits.
// Ends with a newline.
std::string render_sarif(const Diagnostics& diagnostics, const SarifOptions& options = {});

// The anchor GitHub gives a docs/rules.md heading naming the rule: lower case, punctuation other
// than '-' and '_' dropped, spaces to '-'. "shell/unset-integer-test" -> "shellunset-integer-test".
std::string rule_doc_anchor(std::string_view rule);

// A relative path as a SARIF artifact URI: backslashes become '/', characters that are not
// allowed in a URI path (or that would read as a scheme, like ':') are percent-encoded.
std::string sarif_artifact_uri(std::string_view relative_path);

}  // namespace sweepc
