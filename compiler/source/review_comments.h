#pragma once
#include <string>
#include <string_view>

#include "source/diagnostic.h"

namespace sweepc {

// A JSON array a PR bot can post as GitHub review comments, one object per located diagnostic:
//   {"path": "configs/a.yaml", "line": 12, "body": "**error** `schema`: message\n\nfix: ..."}
// Diagnostics without a line are skipped: a review comment must sit on a line of the diff.
// The fix is plain text, not a ```suggestion block, because it is a description rather than
// the literal replacement of the commented line. Ends with a newline.
std::string render_review_comments(const Diagnostics& diagnostics);

// The repository-relative path GitHub expects: forward slashes, no leading "./".
std::string review_comment_path(std::string_view file);

}  // namespace sweepc
