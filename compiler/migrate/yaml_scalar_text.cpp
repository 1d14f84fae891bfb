#include "migrate/yaml_scalar_text.h"

#include <fmt/format.h>

#include <cctype>

#include "load/scalar_resolver.h"

namespace sweepc::migrate {
namespace {

bool is_plain_safe(std::string_view value) {
    if (value.empty()) return false;
    const auto first = static_cast<unsigned char>(value.front());
    if (!(std::isalnum(first) != 0 || value.front() == '_' || value.front() == '/')) return false;
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) == 0 && c != '-' && c != '_' && c != '.' && c != '/' && c != '+') return false;
    }
    yaml::Node resolved;
    yaml::resolve_plain_scalar(std::string(value), resolved);
    return resolved.kind == yaml::Kind::string;
}

}  // namespace

std::string yaml_scalar_text(std::string_view value) {
    if (is_plain_safe(value)) return std::string(value);
    std::string quoted = "\"";
    for (char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            quoted += '\\';
            quoted += c;
        } else if (byte < 0x20 || byte == 0x7F) {
            quoted += fmt::format("\\x{:02X}", byte);
        } else {
            quoted += c;
        }
    }
    quoted += '"';
    return quoted;
}

}  // namespace sweepc::migrate
