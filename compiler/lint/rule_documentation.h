#pragma once
#include <map>
#include <string>
#include <string_view>

#include "source/render_sarif.h"

namespace sweepc {

// The rule sections of a docs/rules.md text: for every "### <rule id>" heading, the section as
// markdown and its "**What.**" paragraph as plain text. The docs are the one place rules are
// explained, so SARIF's fullDescription and help come from them rather than from a second text.
std::map<std::string, RuleDescription> parse_rule_documentation(std::string_view markdown);

// Every rule sweepc reports, with the one-line summary the rule registers and the description
// of docs/rules.md (compiled in). Rules without a registered summary take the first sentence of
// their description.
const std::map<std::string, RuleDescription>& rule_catalogue();

}  // namespace sweepc
