#pragma once
#include <optional>

#include "edition/edition.h"
#include "load/yaml_node.h"
#include "source/diagnostic.h"

namespace sweepc::migrate {

enum class FileKind { master_config, runners };

// What a file is and which edition's form it is written in.
struct FileForm {
    FileKind kind = FileKind::master_config;
    const Edition* edition = nullptr;
};

// Recognises a master config (a mapping of configs) or a runners file (runner types to node lists,
// flat or under a labels key) from its tree; the edition comes from the edition module's markers
// (edition/detect_edition.h). A master config holding configs of `target` and of an older edition
// is in the older form: those configs still need migrating. Anything else (not a mapping, lists
// and mappings mixed at the top, no config with an edition's marker) gets a located error under
// rule "migrate" and nothing is returned.
std::optional<FileForm> detect_file_form(const yaml::Document& document, const Edition& target,
                                         Diagnostics& diagnostics);

}  // namespace sweepc::migrate
