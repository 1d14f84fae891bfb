#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "shell/syntax_tree.h"

namespace sweepc {

// `# sweepc disable=RULE[,RULE…]` comments of a script. A comment silences its rules on its own
// line (trailing comment) and on the line below (comment above the statement). `all` silences
// every rule.
class ShellSuppressions {
public:
    void add(int line, std::string rule) { rules_by_line_[line].insert(std::move(rule)); }
    bool suppresses(std::string_view rule, int line) const;

private:
    std::map<int, std::set<std::string, std::less<>>> rules_by_line_;
};

ShellSuppressions collect_shell_suppressions(const shell::SyntaxTree& tree);

}  // namespace sweepc
