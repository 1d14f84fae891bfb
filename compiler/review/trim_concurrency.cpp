#include "review/trim_concurrency.h"

#include <algorithm>
#include <map>
#include <string>

#include "review/recipe_fingerprint.h"

namespace sweepc {

void trim_concurrency(std::vector<ChangelogRow>& rows) {
    // Recipe text -> index of the row kept so far.
    std::map<std::string, std::size_t> kept_of_recipe;
    std::vector<bool> dropped(rows.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ChangelogRow& row = rows[i];
        if (row.run.multinode) {
            if (row.run.conc.size() > 1) {
                const std::int64_t lowest = *std::min_element(row.run.conc.begin(), row.run.conc.end());
                row.run.conc = {lowest};
                row.entry["conc"] = row.run.conc;
            }
            continue;
        }
        auto [kept, inserted] = kept_of_recipe.emplace(recipe_text(row.entry), i);
        if (inserted) continue;
        if (row.run.conc.front() < rows[kept->second].run.conc.front()) {
            dropped[kept->second] = true;
            kept->second = i;
        } else {
            dropped[i] = true;
        }
    }
    std::size_t next = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!dropped[i]) rows[next++] = std::move(rows[i]);
    }
    rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(next), rows.end());
}

}  // namespace sweepc
