#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "emit/output_tree.h"

namespace sweepc {

// The file `sweepc emit` writes into every output folder: each file of that emit with its size,
// SHA-256 and mode. It marks the folder as sweepc's, and says which files there sweepc wrote and
// has not seen changed since, the only ones a later emit replaces or deletes.
inline constexpr std::string_view output_manifest_name = "sweepc-manifest.json";

struct ManifestEntry {
    std::string sha256;
    std::uint64_t bytes = 0;
    bool executable = false;
};

// Path (relative, '/'-separated) -> what was written there.
using OutputManifest = std::map<std::string, ManifestEntry, std::less<>>;

// The manifest's text for `tree` (which does not list the manifest itself). Deterministic.
std::string output_manifest_text(const OutputTree& tree);

// Reads a manifest; nothing when the text is not one (a hand-made or damaged file is no marker).
// Entries outside the layout emit writes (output_manifest_covers) are dropped, so a manifest
// cannot claim a user's file for sweepc.
std::optional<OutputManifest> parse_output_manifest(std::string_view text);

// Whether `path` is a place emit writes: full-sweep.json, plan.md, the manifest,
// matrix/<name>.json or runs/<folder>/<name>.sh.
bool output_manifest_covers(std::string_view path);

}  // namespace sweepc
