#pragma once
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace sweepc {

// Longest file-name component sweepc makes from a value. File systems allow 255 bytes, and a
// checked-in output folder is also cloned on systems with shorter path limits; the longest name
// the suite's real configs give is about 90 bytes.
inline constexpr std::size_t file_name_max_bytes = 150;

// A file-name component made from a config value: [A-Za-z0-9._-] kept, anything else '_', no
// leading '.', never empty, at most file_name_max_bytes. When that changes the value (or the value
// already ends like a shortened name), the start of it is kept and "-" and 16 hex digits of the
// SHA-256 of the whole value are appended, so any value the matrix accepts gets a name, and two
// different values get different names.
std::string file_name_component(std::string_view value);

// Hands out names of which no two are equal ignoring case, since a checked-in folder is also
// checked out on case-insensitive file systems (macOS, Windows), where "Foo" and "foo" are one
// file. The first claim of a name gets it; later ones get `separator` and 2, 3, ... in the order
// of the claims, so the outcome is deterministic.
class DistinctNames {
public:
    explicit DistinctNames(std::string separator) : separator_(std::move(separator)) {}
    std::string claim(const std::string& name);

private:
    std::string separator_;
    std::set<std::string> taken_;             // lowercase
    std::map<std::string, std::size_t> next_; // lowercase name -> next number to try
};

}  // namespace sweepc
