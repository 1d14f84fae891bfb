#include "migrate/line_table.h"

#include <algorithm>

namespace sweepc::migrate {

LineTable::LineTable(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && i + 1 < text.size()) starts_.push_back(i + 1);
    }
    std::size_t first_newline = text.find('\n');
    if (first_newline != std::string_view::npos && first_newline > 0 && text[first_newline - 1] == '\r') {
        newline_ = "\r\n";
    }
}

std::size_t LineTable::line_start(int line) const {
    if (line < 1) return 0;
    if (line > line_count()) return text_.size();
    return starts_[static_cast<std::size_t>(line - 1)];
}

std::size_t LineTable::next_line_start(int line) const {
    if (line >= line_count()) return text_.size();
    return line_start(line + 1);
}

std::size_t LineTable::content_end(int line) const {
    std::size_t end = next_line_start(line);
    std::size_t start = line_start(line);
    if (end > start && text_[end - 1] == '\n') --end;
    if (end > start && text_[end - 1] == '\r') --end;
    return end;
}

std::string_view LineTable::content(int line) const {
    std::size_t start = line_start(line);
    return text_.substr(start, content_end(line) - start);
}

int LineTable::line_of(std::size_t offset) const {
    auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return static_cast<int>(after - starts_.begin());
}

std::size_t LineTable::offset_of(const SourceLocation& location) const {
    std::size_t start = line_start(location.line);
    std::size_t column = location.column > 0 ? static_cast<std::size_t>(location.column - 1) : 0;
    return std::min(start + column, text_.size());
}

int LineTable::indentation(int line) const {
    std::string_view text = content(line);
    std::size_t spaces = text.find_first_not_of(' ');
    return static_cast<int>(spaces == std::string_view::npos ? text.size() : spaces);
}

bool LineTable::is_blank(int line) const {
    return content(line).find_first_not_of(" \t") == std::string_view::npos;
}

bool LineTable::is_comment(int line) const {
    std::string_view text = content(line);
    std::size_t first = text.find_first_not_of(" \t");
    return first != std::string_view::npos && text[first] == '#';
}

}  // namespace sweepc::migrate
