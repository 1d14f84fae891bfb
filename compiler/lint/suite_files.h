#pragma once
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "source/diagnostic.h"
#include "source/source_file.h"
#include "source/source_map.h"

namespace sweepc {

// The files of a benchmark suite checkout that the config rules look at: benchmark scripts
// (benchmarks/...) and runner launchers (runners/...), all relative to the suite root. Each script
// is read once into the run's SourceMap, so the shell rules and the config rules share one copy
// and diagnostics can quote it.
// The launcher that starts jobs on a runner node, relative to the suite root: the node name up to
// its first '_' (mi355x-amds_3 -> runners/launch_mi355x-amds.sh), as the benchmark workflow calls it.
std::string launcher_for_node(std::string_view node);

class SuiteFiles {
public:
    SuiteFiles(std::string root, SourceMap& sources, Diagnostics& diagnostics);

    const std::string& root() const { return root_; }
    // `relative` under the root, as diagnostics name it ("benchmarks/x.sh" when the root is ".").
    std::string path_of(std::string_view relative) const;
    // Whether `relative` stays inside the root (source/path_containment.h). Every lookup below is
    // false, empty or nullptr for a path that does not: nothing outside the suite is read.
    bool contains(std::string_view relative) const;
    bool has_folder(std::string_view relative) const;
    bool has_file(std::string_view relative) const;
    // Regular file names directly in a folder, sorted; empty when the folder does not exist.
    std::vector<std::string> file_names_in(std::string_view relative_folder) const;

    // Reads a script (once); nullptr when it does not exist or cannot be read (reported under "io").
    const SourceFile* script(std::string_view relative);
    // The variables a script reads or requires through a guard call; empty when it cannot be read.
    const std::set<std::string>& variables_read(std::string_view relative);

private:
    // `relative` joined to the root when it stays inside it (source/path_containment.h).
    const std::optional<std::string>& inside(std::string_view relative) const;

    std::string root_;
    SourceMap& sources_;
    Diagnostics& diagnostics_;
    std::map<std::string, const SourceFile*, std::less<>> scripts_;
    std::map<std::string, std::set<std::string>, std::less<>> variables_;
    mutable std::map<std::string, std::optional<std::string>, std::less<>> inside_;
};

}  // namespace sweepc
