#include "migrate/text_edits.h"

#include <algorithm>

namespace sweepc::migrate {

bool TextEdits::apply(std::string_view text, std::string& result) const {
    std::vector<const TextEdit*> ordered;
    ordered.reserve(edits_.size());
    for (const TextEdit& edit : edits_) ordered.push_back(&edit);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const TextEdit* a, const TextEdit* b) { return a->offset < b->offset; });
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t copied = 0;
    for (const TextEdit* edit : ordered) {
        if (edit->offset < copied || edit->offset + edit->length > text.size()) return false;
        out.append(text.substr(copied, edit->offset - copied));
        out.append(edit->replacement);
        copied = edit->offset + edit->length;
    }
    out.append(text.substr(copied));
    result = std::move(out);
    return true;
}

}  // namespace sweepc::migrate
