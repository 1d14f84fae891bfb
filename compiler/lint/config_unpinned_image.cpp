// config/unpinned-image: an image without a tag means `:latest`, and `latest` (like the other
// moving tags in configs/config-rules.yaml) names a different image from one week to the next.
// Results of the same config then stop being comparable, and a regression cannot be traced to an
// engine version. A version tag or a digest (@sha256:...) pins it.
#include <algorithm>

#include <fmt/format.h>

#include "lint/config_rule.h"

namespace sweepc {
namespace {

// The tag of an image reference, or empty. A ':' before the last '/' belongs to a registry port
// (localhost:5000/img), and `#` separates the registry in enroot's form (nvcr.io#nvidia/img:tag).
std::string image_tag(std::string_view image) {
    std::size_t name_start = image.find_last_of("/#");
    name_start = name_start == std::string_view::npos ? 0 : name_start + 1;
    std::size_t colon = image.find(':', name_start);
    if (colon == std::string_view::npos) return {};
    return std::string(image.substr(colon + 1));
}

}  // namespace

void check_unpinned_image(ConfigRuleContext& context, ConfigRuleReport& report) {
    const auto& floating = context.data.floating_image_tags;
    for (const MasterEntry& entry : context.config.entries) {
        if (entry.image.find('@') != std::string::npos) continue;  // pinned by digest
        std::string tag = image_tag(entry.image);
        std::string problem;
        if (tag.empty()) {
            problem = "has no tag, so each run pulls whatever 'latest' is that day";
        } else if (std::find(floating.begin(), floating.end(), tag) != floating.end()) {
            problem = fmt::format("uses the moving tag '{}', so each run pulls whatever it points at that day", tag);
        } else {
            continue;
        }
        report.add(entry_field_span(entry, "image"),
                   fmt::format("image '{}' of config '{}' {} and results are not comparable between runs; pin "
                               "a version tag or a digest (@sha256:...)",
                               entry.image, entry.key, problem));
    }
}

}  // namespace sweepc
