#pragma once
#include <map>
#include <string>
#include <string_view>

namespace sweepc {

// schemas/*.json, compiled in: file name -> JSON text.
const std::map<std::string, std::string_view>& embedded_schemas();

}  // namespace sweepc
