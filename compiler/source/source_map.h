#pragma once
#include <map>
#include <string>

#include "source/source_file.h"

namespace sweepc {

// Every file read in a run, by path, so renderers can quote source lines.
class SourceMap {
public:
    const SourceFile& add(SourceFile file);
    const SourceFile* find(const std::string& path) const;

private:
    std::map<std::string, SourceFile> files_;
};

}  // namespace sweepc
