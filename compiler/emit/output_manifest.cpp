#include "emit/output_manifest.h"

#include <nlohmann/json.hpp>

#include "source/path_containment.h"
#include "source/sha256.h"

namespace sweepc {
namespace {

constexpr const char* manifest_generator = "sweepc emit";

bool is_plain_name(std::string_view name) {
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string_view::npos;
}

}  // namespace

bool output_manifest_covers(std::string_view path) {
    if (path == "full-sweep.json" || path == "plan.md" || path == output_manifest_name) return true;
    if (!stays_inside(path)) return false;
    if (path.starts_with("matrix/")) {
        const std::string_view name = path.substr(7);
        return is_plain_name(name) && name.ends_with(".json");
    }
    if (path.starts_with("runs/")) {
        const std::string_view rest = path.substr(5);
        const std::size_t slash = rest.find('/');
        if (slash == std::string_view::npos) return false;
        const std::string_view name = rest.substr(slash + 1);
        return is_plain_name(rest.substr(0, slash)) && is_plain_name(name) && name.ends_with(".sh");
    }
    return false;
}

std::string output_manifest_text(const OutputTree& tree) {
    nlohmann::ordered_json manifest;
    manifest["generator"] = manifest_generator;
    manifest["files"] = nlohmann::ordered_json::object();
    for (const auto& [path, file] : tree) {
        nlohmann::ordered_json entry;
        entry["bytes"] = file.content.size();
        entry["sha256"] = sha256_hex(file.content);
        entry["executable"] = file.executable;
        manifest["files"][path] = std::move(entry);
    }
    return manifest.dump(2) + "\n";
}

std::optional<OutputManifest> parse_output_manifest(std::string_view text) {
    const nlohmann::json manifest = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!manifest.is_object() || manifest.value("generator", "") != manifest_generator) return std::nullopt;
    auto files = manifest.find("files");
    if (files == manifest.end() || !files->is_object()) return std::nullopt;
    OutputManifest out;
    for (const auto& [path, entry] : files->items()) {
        if (!entry.is_object() || !output_manifest_covers(path) || path == output_manifest_name) continue;
        auto sha = entry.find("sha256");
        auto bytes = entry.find("bytes");
        auto executable = entry.find("executable");
        if (sha == entry.end() || !sha->is_string() || bytes == entry.end() || !bytes->is_number_unsigned() ||
            executable == entry.end() || !executable->is_boolean()) {
            continue;
        }
        out[path] = {sha->get<std::string>(), bytes->get<std::uint64_t>(), executable->get<bool>()};
    }
    return out;
}

}  // namespace sweepc
