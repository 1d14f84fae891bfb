#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/yaml_node.h"
#include "source/source_file.h"

namespace sweepc {

// `# sweepc disable=RULE[,RULE…]` comments of a YAML config file. Like in scripts, a comment
// silences its rules on its own line (trailing comment) and on the line below. A comment on the
// line above a top-level config name silences them for that whole config entry, since its
// findings sit on many lines (rows, fields). `all` silences every rule.
class YamlSuppressions {
public:
    bool suppresses(std::string_view rule, int line) const;

    void add_lines(int first_line, int last_line, std::string rule);

private:
    struct Range {
        int first_line;
        int last_line;
        std::string rule;
    };
    std::vector<Range> ranges_;
};

// Finds the comments in `file` by scanning its lines (YAML comments start with `#` at the start
// of a line or after a space, outside quotes); `document` gives the top-level entries' extents.
YamlSuppressions collect_yaml_suppressions(const SourceFile& file, const yaml::Document& document);

}  // namespace sweepc
