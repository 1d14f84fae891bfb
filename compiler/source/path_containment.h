#pragma once
// The one rule for paths built from input (config values, conventions, names of emitted files):
// they name a place inside the folder they are joined to, the suite root or the output folder.
// Every command that joins such a path to a folder goes through these functions.
#include <optional>
#include <string>
#include <string_view>

namespace sweepc {

// True when `relative` stays inside whatever folder it is joined to, judged on its text: not
// empty, not absolute, no NUL byte, and no ".." component climbing above its start
// ("a/../b" stays inside, "a/../../b" does not).
bool stays_inside(std::string_view relative);

// `relative` joined to `root` (lexically normal, '/'-separated, as diagnostics name it) when it
// stays inside `root` both on its text and through the symbolic links that exist along it: a
// committed link `benchmarks -> /etc` does not make /etc part of the suite. Nothing otherwise.
std::optional<std::string> join_inside(std::string_view root, std::string_view relative);

}  // namespace sweepc
