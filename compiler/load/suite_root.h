#pragma once
#include <filesystem>
#include <optional>

namespace sweepc {

// Whether `folder` is the root of a suite checkout: it holds master configs in either layout,
// configs/*-master.yaml (2026-08) or .github/configs/*-master.yaml (2026-03).
bool is_suite_root(const std::filesystem::path& folder);

// The suite a command run without --suite-root works on, found as git finds its repository: the
// nearest folder, from `start` upwards, that is a suite root. The result is relative to `start`
// ("." or "..", "../.." ...) so paths built on it read the way the user sees them; nothing when
// no folder up to the file-system root is one.
std::optional<std::string> find_suite_root(const std::filesystem::path& start);

}  // namespace sweepc
