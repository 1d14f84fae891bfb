#pragma once
#include <optional>
#include <string_view>

#include "load/yaml_node.h"
#include "source/diagnostic.h"

namespace sweepc::migrate {

enum class FileKind { master_config, runners };

// What a file is and which edition's form it is written in. A master config is in the 2026-03
// form while any of its configs has `seq-len-configs`; a runners file while it maps runner types
// straight to lists of nodes (2026-08 puts them under `labels:`).
struct FileForm {
    FileKind kind = FileKind::master_config;
    std::string_view edition;  // "2026-03" or "2026-08"
};

// Recognises a master config or runners file from its tree. Anything else (not a mapping, lists
// and mappings mixed at the top, no config with sequence lengths in either form) gets a located
// error under rule "migrate" and nothing is returned.
std::optional<FileForm> detect_file_form(const yaml::Document& document, Diagnostics& diagnostics);

const char* file_kind_name(FileKind kind);

}  // namespace sweepc::migrate
