#pragma once
#include <map>
#include <string>
#include <string_view>

namespace sweepc {

// schemas/**/*.json, compiled in: path under schemas/ (e.g. "2026-08/runners.schema.json") -> JSON
// text; also the default data files, by file name.
const std::map<std::string, std::string_view>& embedded_schemas();

}  // namespace sweepc
