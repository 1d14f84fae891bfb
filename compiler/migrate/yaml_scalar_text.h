#pragma once
#include <string>
#include <string_view>

namespace sweepc::migrate {

// `value` written as a YAML string scalar: plain when it reads back as the same string (under
// YAML 1.1, so `yes` or `1.0` are quoted), double-quoted with escapes otherwise.
std::string yaml_scalar_text(std::string_view value);

}  // namespace sweepc::migrate
