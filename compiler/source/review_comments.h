#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "source/diagnostic.h"

namespace sweepc {

// Whether GitHub can attach a review comment to the finding's line: the line is part of the
// pull request's diff.
using OnDiff = std::function<bool(const Diagnostic&)>;

// A pull-request review a bot can post as is (the body of GitHub's "create a review" request,
// without commit_id and event):
//   {"body": "...", "comments": [{"path": "configs/a.yaml", "line": 12, "side": "RIGHT",
//                                  "body": "**error** `schema`\n\n```\nmessage\nfix: ...\n```\n"}]}
// Each located finding that `on_diff` accepts becomes a comment on its line; every other finding
// (a whole-file one, or one on a line the change did not touch: a config broken by a renamed
// script) is listed in the review body, in a code block so no text of the input is read as
// markdown. The body is empty when every finding has a comment. Without `on_diff`, every located
// finding is a comment. Ends with a newline.
std::string render_review_comments(const Diagnostics& diagnostics, const OnDiff& on_diff = {});

// The repository-relative path GitHub expects: forward slashes, no leading "./".
std::string review_comment_path(std::string_view file);

}  // namespace sweepc
