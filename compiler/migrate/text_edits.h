#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sweepc::migrate {

// Replaces `length` bytes at `offset` with `replacement` (an insertion when `length` is 0).
struct TextEdit {
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string replacement;
};

// The byte edits of one rewrite. Everything not edited is copied as it is, which is how comments,
// blank lines, quoting and layout the change does not touch survive.
class TextEdits {
public:
    void insert(std::size_t offset, std::string text) { edits_.push_back({offset, 0, std::move(text)}); }
    void replace(std::size_t offset, std::size_t length, std::string text) {
        edits_.push_back({offset, length, std::move(text)});
    }
    bool empty() const { return edits_.empty(); }

    // The text with every edit applied. Insertions at one offset keep the order they were added
    // in. Returns false (and leaves `result` alone) when two replacements overlap, which would
    // mean two parts of a rewrite claim the same bytes.
    bool apply(std::string_view text, std::string& result) const;

private:
    std::vector<TextEdit> edits_;
};

}  // namespace sweepc::migrate
