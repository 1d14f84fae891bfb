#include "lint/recipe_reference.h"

namespace sweepc {
namespace {

// The additional-settings item of a worker that assigns `setting`, the last one when several do.
const yaml::Node* setting_item(const Worker* worker, std::string_view setting) {
    if (worker == nullptr || worker->node == nullptr) return nullptr;
    const yaml::Node* settings = worker->node->find("additional-settings");
    if (settings == nullptr) return nullptr;
    const yaml::Node* found = nullptr;
    for (const yaml::Node* item : settings->items) {
        if (item->text.size() > setting.size() && item->text.starts_with(setting) && item->text[setting.size()] == '=') {
            found = item;
        }
    }
    return found;
}

}  // namespace

std::optional<RecipeReference> recipe_reference(const Run& run, const RecipeConvention& recipes) {
    const yaml::Node* item = setting_item(run.decode, recipes.setting);
    if (item == nullptr) item = setting_item(run.prefill, recipes.setting);
    if (item == nullptr) return std::nullopt;
    RecipeReference reference;
    reference.value = item->text.substr(recipes.setting.size() + 1);
    reference.location = item->location;
    const std::size_t colon = reference.value.find(':');
    reference.file = reference.value.substr(0, colon);
    reference.variant = colon != std::string::npos;
    // A path that climbs out of its folder or starts at / is not one the suite's folder holds.
    const bool contained = !reference.file.starts_with('/') && reference.file.find("..") == std::string::npos;
    if (!recipes.folder.empty() && contained) {
        const std::string folder = recipes.folder + "/";
        if (reference.file.starts_with(folder)) {
            reference.in_repo = reference.file;
            reference.names_folder_directly = true;
        } else if (!recipes.checkout_prefix.empty() && reference.file.starts_with(recipes.checkout_prefix)) {
            reference.in_repo = folder + reference.file.substr(recipes.checkout_prefix.size());
        }
    }
    return reference;
}

}  // namespace sweepc
