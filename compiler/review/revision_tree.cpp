#include "review/revision_tree.h"

#include <filesystem>
#include <vector>

#include <fmt/format.h>

#include "review/git.h"

namespace sweepc {
namespace {

namespace fs = std::filesystem;

// checkout-index takes paths on its command line; batches keep that line short.
constexpr std::size_t paths_per_checkout = 256;

std::string first_line(const std::string& text) { return text.substr(0, text.find('\n')); }

}  // namespace

std::unique_ptr<RevisionTree> RevisionTree::materialise(const std::string& revision, const std::string& suite_root,
                                                         Diagnostics& diagnostics) {
    const std::optional<std::string> top = git_toplevel(suite_root);
    if (!top) {
        diagnostics.error("usage", SourceLocation::whole_file("--new-since"),
                          fmt::format("--new-since needs the suite root '{}' to be inside a git repository", suite_root));
        return nullptr;
    }
    if (!git_revision_exists(revision, *top)) {
        diagnostics.error("usage", SourceLocation::whole_file("--new-since"),
                          fmt::format("'{}' is not a revision of this repository; fetch it first (in CI: "
                                      "actions/checkout with fetch-depth: 0)",
                                      revision));
        return nullptr;
    }
    std::unique_ptr<RevisionTree> tree(new RevisionTree());
    if (tree->scratch_.path().empty()) {
        diagnostics.error("io", SourceLocation::whole_file("--new-since"),
                          "cannot create a temporary folder for the revision's files");
        return nullptr;
    }
    std::error_code error;
    tree->repository_root_ = fs::canonical(*top, error).generic_string();
    const fs::path suite = fs::canonical(suite_root, error);
    fs::path prefix = suite.lexically_relative(tree->repository_root_);
    if (error || prefix.empty() || *prefix.begin() == "..") prefix = ".";
    tree->tree_root_ = (fs::path(tree->scratch_.path()) / "tree").generic_string();
    tree->suite_root_ = (fs::path(tree->tree_root_) / prefix).lexically_normal().generic_string();
    fs::create_directories(tree->suite_root_, error);

    // A private index: read-tree fills it with the revision, checkout-index writes its files.
    const std::vector<std::string> env = {"GIT_INDEX_FILE=" + (fs::path(tree->scratch_.path()) / "index").string()};
    auto failed = [&](const GitResult& result, std::string_view step) {
        diagnostics.error("io", SourceLocation::whole_file("--new-since"),
                          fmt::format("cannot write the files of '{}' to a temporary folder: git {} failed: {}",
                                      revision, step, first_line(result.err)));
        return nullptr;
    };
    GitResult read = run_git({"read-tree", revision + "^{tree}"}, tree->repository_root_, env);
    if (read.status != 0) return failed(read, "read-tree");
    GitResult listed = run_git({"ls-files", "-z", "--", prefix.generic_string()}, tree->repository_root_, env);
    if (listed.status != 0) return failed(listed, "ls-files");
    const std::vector<std::string> files = split_nul_separated(listed.out);
    for (std::size_t first = 0; first < files.size(); first += paths_per_checkout) {
        std::vector<std::string> args = {"checkout-index", "-f", "--prefix=" + tree->tree_root_ + "/", "--"};
        const std::size_t last = std::min(files.size(), first + paths_per_checkout);
        args.insert(args.end(), files.begin() + static_cast<std::ptrdiff_t>(first),
                    files.begin() + static_cast<std::ptrdiff_t>(last));
        GitResult checkout = run_git(args, tree->repository_root_, env);
        if (checkout.status != 0) return failed(checkout, "checkout-index");
    }
    return tree;
}

std::string RevisionTree::path_at_revision(const std::string& working_path) const {
    std::error_code error;
    // The file's folder may not exist at the revision (or now); canonicalise what exists of it.
    const fs::path absolute = fs::weakly_canonical(fs::absolute(working_path, error), error);
    const fs::path relative = absolute.lexically_relative(repository_root_);
    if (error || relative.empty() || *relative.begin() == "..") return working_path;
    return (fs::path(tree_root_) / relative).lexically_normal().generic_string();
}

}  // namespace sweepc
