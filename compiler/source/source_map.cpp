#include "source/source_map.h"

namespace sweepc {

const SourceFile& SourceMap::add(SourceFile file) {
    std::string path = file.path();
    auto [it, inserted] = files_.insert_or_assign(std::move(path), std::move(file));
    (void)inserted;
    return it->second;
}

const SourceFile* SourceMap::find(const std::string& path) const {
    auto it = files_.find(path);
    return it == files_.end() ? nullptr : &it->second;
}

}  // namespace sweepc
