#pragma once
#include <string>
#include <string_view>

namespace sweepc {

// `file` (as a diagnostic names it: relative to the working directory, or absolute) relative to
// `root`, '/'-separated and normalised. A file outside the root gets '../' segments; the result
// is never absolute, so reports do not depend on where a checkout lives.
std::string path_relative_to(std::string_view file, const std::string& root);

}  // namespace sweepc
