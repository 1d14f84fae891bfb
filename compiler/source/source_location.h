#pragma once
#include <string>

namespace sweepc {

// A span in a source file. Lines and columns are 1-based; columns count bytes.
// A zero line means "the whole file" (for errors that have no better place).
struct SourceLocation {
    std::string file;
    int line = 0;
    int column = 0;
    int end_line = 0;
    int end_column = 0;

    static SourceLocation whole_file(std::string file_path) { return {std::move(file_path), 0, 0, 0, 0}; }
    static SourceLocation point(std::string file_path, int line, int column) {
        return {std::move(file_path), line, column, line, column + 1};
    }
};

}  // namespace sweepc
