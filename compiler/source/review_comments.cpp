#include "source/review_comments.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace sweepc {

std::string review_comment_path(std::string_view file) {
    std::string path(file);
    for (char& c : path) {
        if (c == '\\') c = '/';
    }
    while (path.rfind("./", 0) == 0) path.erase(0, 2);
    return path;
}

std::string render_review_comments(const Diagnostics& diagnostics) {
    nlohmann::ordered_json comments = nlohmann::ordered_json::array();
    for (const Diagnostic& d : diagnostics.all()) {
        if (d.location.line <= 0 || d.location.file.empty()) continue;
        std::string body = fmt::format("**{}** `{}`: {}", severity_name(d.severity), d.rule, d.message);
        if (d.fix) body += fmt::format("\n\nfix: {}", *d.fix);
        nlohmann::ordered_json comment;
        comment["path"] = review_comment_path(d.location.file);
        comment["line"] = d.location.line;
        comment["body"] = std::move(body);
        comments.push_back(std::move(comment));
    }
    return comments.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace sweepc
