#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/config.h"
#include "source/diagnostic.h"

namespace sweepc {

// fnmatch-style matching as the suite's tools use for config keys: `*` any run of characters,
// `?` one character, `[abc]` / `[!abc]` / `[a-z]` a class. Case-sensitive.
bool glob_match(std::string_view pattern, std::string_view text);
bool is_glob(std::string_view pattern);

// Expands patterns against the config names, in pattern order and then file order, without
// repeats. A literal name that does not exist or a glob that matches nothing is reported
// (rule "usage", with a did-you-mean) and skipped.
std::vector<const MasterEntry*> select_config_keys(const Config& config, const std::vector<std::string>& patterns,
                                                   Diagnostics& diagnostics);

}  // namespace sweepc
