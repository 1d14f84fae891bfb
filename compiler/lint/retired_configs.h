#pragma once
#include <string>
#include <vector>

#include "edition/edition.h"

namespace sweepc {

// The config names kept in the config folder's deprecated/ sub-folder (configs/deprecated/ in
// 2026-08): configs the suite retired from its sweeps but keeps for the record. Old changelog
// entries that name them are history, not mistakes. Files that do not parse add no names; they
// are not master configs, so their problems are not reported here.
std::vector<std::string> retired_config_names(const std::string& suite_root, const Edition& edition);

}  // namespace sweepc
