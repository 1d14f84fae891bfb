#include "review/config_version.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "edition/suite_layout.h"
#include "load/config_loader.h"
#include "plan/sweep.h"
#include "review/git.h"
#include "review/scratch_folder.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

// A revision's runners file when none was named and no master configs were found beside one: the
// first edition's default that the revision has, newest first.
std::string default_revision_runner_file(const std::string& revision, const std::string& suite_root) {
    auto editions = all_editions();
    for (auto edition = editions.rbegin(); edition != editions.rend(); ++edition) {
        const std::string path =
            (fs::path(suite_root) / std::string((*edition)->default_runner_config)).lexically_normal().generic_string();
        std::string error;
        if (git_show_file(revision, path, ".", error)) return path;
    }
    return std::string(newest_edition().default_runner_config);
}

bool write_text(const std::string& path, const std::string& text) {
    std::error_code error;
    fs::create_directories(fs::path(path).parent_path(), error);
    std::ofstream out(path, std::ios::binary);
    out << text;
    return static_cast<bool>(out);
}

// Copies the revision's files into `scratch` and returns the paths to load, filling
// `display_paths` (scratch path -> `REV:path`). Missing files are reported like missing files on disk.
std::vector<std::string> materialise(const std::string& revision, const std::vector<std::string>& paths,
                                     const ScratchFolder& scratch, std::map<std::string, std::string>& display_paths,
                                     Diagnostics& diagnostics) {
    std::vector<std::string> loaded;
    for (const std::string& path : paths) {
        std::string error;
        std::optional<std::string> text = git_show_file(revision, path, ".", error);
        const std::string shown = revision + ":" + path;
        if (!text) {
            diagnostics.error("io", SourceLocation::whole_file(shown),
                              error.empty() ? fmt::format("'{}' does not exist at revision '{}'", path, revision)
                                            : fmt::format("cannot read revision '{}': {}", revision, error));
            continue;
        }
        // One sub-folder per file keeps the file name (messages quote it) and never lets a path
        // such as ../x escape the scratch folder.
        std::string target =
            (fs::path(scratch.path()) / std::to_string(display_paths.size()) / fs::path(path).filename()).string();
        if (!write_text(target, *text)) {
            diagnostics.error("io", SourceLocation::whole_file(shown),
                              fmt::format("cannot write a temporary copy of '{}' to '{}'", shown, target));
            continue;
        }
        display_paths[target] = shown;
        loaded.push_back(target);
    }
    return loaded;
}

}  // namespace

SourceLocation ConfigVersion::display(SourceLocation location) const {
    auto it = display_paths.find(location.file);
    if (it != display_paths.end()) location.file = it->second;
    return location;
}

std::vector<std::string> default_master_config_files(const std::string& suite_root) {
    std::optional<SuiteConfigFiles> found = find_suite_config_files(suite_root);
    return found ? found->master_files : std::vector<std::string>{};
}

std::unique_ptr<ConfigVersion> load_config_version(const ConfigVersionSpec& spec, SourceMap& sources,
                                                   Diagnostics& diagnostics) {
    auto version = std::make_unique<ConfigVersion>();
    version->label = spec.revision.value_or("working tree");
    version->config_files = spec.config_files;
    if (spec.revision && !git_revision_exists(*spec.revision, ".")) {
        diagnostics.error("usage", SourceLocation::whole_file(*spec.revision),
                          fmt::format("'{}' is not a revision of the git repository here; give a branch, tag or "
                                      "commit (e.g. origin/main)",
                                      *spec.revision));
        return version;
    }
    // Without files given, the suite's layout of either edition, in the working tree or the revision.
    std::optional<SuiteConfigFiles> layout;
    if (spec.revision) {
        layout = find_suite_config_files(spec.suite_root, [&](const std::string& folder) {
            std::vector<std::string> names;
            for (const std::string& path : git_list_folder(*spec.revision, folder, ".")) {
                names.push_back(fs::path(path).filename().string());
            }
            return names;
        });
    } else {
        layout = find_suite_config_files(spec.suite_root);
    }
    if (version->config_files.empty() && layout) version->config_files = layout->master_files;
    if (version->config_files.empty()) {
        diagnostics.error("usage", SourceLocation::whole_file("--config-files"),
                          fmt::format("no master configs found for {}: no {} under '{}'; pass the files with "
                                      "--config-files",
                                      version->label, suite_config_patterns(), spec.suite_root));
        return version;
    }
    // The runners file beside the master configs found; without one, the edition's default once
    // the files say which edition they are (the loader's choice).
    std::string runner_file = spec.runner_file.value_or(layout ? layout->runner_file : std::string());

    if (!spec.revision) {
        ConfigInputs inputs{version->config_files, runner_file};
        inputs.edition = spec.edition;
        version->config = load_config(inputs, sources, diagnostics);
    } else {
        ScratchFolder scratch;
        if (scratch.path().empty()) {
            diagnostics.error("io", SourceLocation::whole_file(*spec.revision),
                              "cannot create a temporary folder for the revision's files");
            return version;
        }
        Diagnostics local;
        SourceMap local_sources;
        std::vector<std::string> configs =
            materialise(*spec.revision, version->config_files, scratch, version->display_paths, local);
        std::vector<std::string> runners =
            materialise(*spec.revision, {runner_file.empty() ? default_revision_runner_file(*spec.revision, spec.suite_root)
                                                             : runner_file},
                        scratch, version->display_paths, local);
        if (!local.has_errors() && runners.size() == 1) {
            ConfigInputs inputs{configs, runners.front()};
            inputs.edition = spec.edition;
            version->config = load_config(inputs, local_sources, local);
        }
        // Findings and quoted source lines carry the revision's name, not the scratch folder's.
        for (const auto& [loaded, shown] : version->display_paths) {
            if (const SourceFile* file = local_sources.find(loaded)) sources.add(SourceFile(shown, file->text()));
        }
        for (Diagnostic diagnostic : local.all()) {
            diagnostic.location = version->display(diagnostic.location);
            for (const auto& [loaded, shown] : version->display_paths) {
                for (std::size_t at = diagnostic.message.find(loaded); at != std::string::npos;
                     at = diagnostic.message.find(loaded, at + shown.size())) {
                    diagnostic.message.replace(at, loaded.size(), shown);
                }
            }
            diagnostics.add(std::move(diagnostic));
        }
    }
    if (version->config) {
        const std::size_t errors_before = diagnostics.error_count();
        SweepOptions full_sweep;  // the generator's defaults, its default eval marking included
        full_sweep.max_runs = spec.max_runs;
        full_sweep.evals = version->config->edition->evals_on_by_default ? EvalMode::run_evals : EvalMode::none;
        version->runs = resolve_sweep(*version->config, full_sweep, diagnostics);
        if (diagnostics.error_count() != errors_before) version->config.reset();
    }
    return version;
}

}  // namespace sweepc
