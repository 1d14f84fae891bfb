// What a user gets: `cmake --install` into a prefix, and the .deb and .tar.gz cpack makes, each
// installed or unpacked and run from there, away from the source tree.
#include <algorithm>
#include <filesystem>
#include <set>

#include <catch2/catch.hpp>

#include "source/sweepc_version.h"
#include "support/test_support.h"

using namespace sweepc::test;
namespace fs = std::filesystem;

namespace {

const fs::path binary_dir = SWEEPC_BINARY_DIR;

// The schemas of the source tree, relative to schemas/: every one is installed.
std::vector<std::string> source_schemas() {
    std::vector<std::string> schemas;
    for (const auto& entry : fs::recursive_directory_iterator(source_dir() / "schemas")) {
        if (entry.path().extension() == ".json") schemas.push_back(fs::relative(entry.path(), source_dir() / "schemas").string());
    }
    std::sort(schemas.begin(), schemas.end());
    return schemas;
}

// The files every installation holds, relative to its prefix.
std::vector<std::string> installed_files(const std::string& zsh_dir) {
    std::vector<std::string> files = {"bin/sweepc",
                                      "share/man/man1/sweepc.1.gz",
                                      "share/bash-completion/completions/sweepc",
                                      zsh_dir + "/_sweepc",
                                      "share/fish/vendor_completions.d/sweepc.fish",
                                      "share/sweepc/script-conventions.yaml",
                                      "share/doc/sweepc/README.md",
                                      "share/doc/sweepc/CHANGELOG.md",
                                      "share/doc/sweepc/rules.md",
                                      "share/doc/sweepc/ARCHITECTURE.md",
                                      "share/doc/sweepc/copyright"};
    for (const std::string& schema : source_schemas()) files.push_back("share/sweepc/schemas/" + schema);
    return files;
}

// The installed sweepc, run from a folder outside the source tree with only the prefix's bin on
// PATH besides the system's: it needs nothing from the build or source folders.
void check_runs_from(const fs::path& prefix) {
    TempDir work;
    fs::copy(source_dir() / "tests/fixtures/config/suite", work.path(), fs::copy_options::recursive);
    const std::string path = "PATH=" + (prefix / "bin").string() + ":/usr/bin:/bin";
    auto installed = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"env", path, "sweepc"});
        return run_program(args, work.path());
    };
    CommandResult version = installed({"--version"});
    CHECK(version.exit_code == 0);
    CHECK(version.out == "sweepc " + std::string(sweepc::sweepc_version) + "\n");
    CommandResult matrix = installed({"matrix", "test-config", "--config-keys", "*", "--config-files",
                                      ".github/configs/demo-master.yaml", "--runner-config", ".github/configs/runners.yaml"});
    CHECK(matrix.exit_code == 0);
    CHECK(matrix.out.starts_with("[{\"image\": "));
    CommandResult check = installed({"check", "--format", "json"});
    CHECK((check.exit_code == 0 || check.exit_code == 1));
    CHECK(check.out.starts_with("["));
    // The copyright file carries the license text of each component compiled into the binary.
    const std::string copyright = read_file(prefix / "share/doc/sweepc/copyright");
    CHECK(copyright.starts_with("sweepc " + std::string(sweepc::sweepc_version) + "\n"));
    for (const char* component : {"tree-sitter-bash", "valijson", "CLI11", "nlohmann/json"}) {
        INFO(component);
        CHECK(copyright.find("\n==== " + std::string(component)) != std::string::npos);
    }
    CHECK(copyright.find("Permission is hereby granted") != std::string::npos);  // the grammar's MIT text
    CHECK(copyright.find("license text not found") == std::string::npos);
    // The man page renders without warnings.
    CommandResult man = run_program({"sh", "-c", "gzip -dc \"$1\" | groff -man -Tutf8 -ww -z", "sh",
                                     (prefix / "share/man/man1/sweepc.1.gz").string()},
                                    work.path());
    CHECK(man.exit_code == 0);
    CHECK(man.err.empty());
}

// A package made by cpack from this build, in a fresh folder.
fs::path make_package(const TempDir& out, const std::string& generator) {
    CommandResult result = run_program({"cpack", "-G", generator, "-B", out.path().string(), "--config",
                                        (binary_dir / "CPackConfig.cmake").string()},
                                       binary_dir);
    INFO(result.out << result.err);
    REQUIRE(result.exit_code == 0);
    for (const auto& entry : fs::directory_iterator(out.path())) {
        const std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && (name.ends_with(".deb") || name.ends_with(".tar.gz"))) return entry.path();
    }
    FAIL("cpack -G " << generator << " made no package in " << out.path());
    return {};
}

// The Debian packages that hold the shared libraries the binary links: its NEEDED entries, found
// where the dynamic linker finds them (ldd), and looked up in dpkg's database.
std::set<std::string> packages_of_needed_libraries(const fs::path& binary) {
    CommandResult dynamic = run_program({"readelf", "-d", binary.string()}, binary_dir);
    CommandResult resolved = run_program({"ldd", binary.string()}, binary_dir);
    REQUIRE(dynamic.exit_code == 0);
    REQUIRE(resolved.exit_code == 0);
    std::set<std::string> packages;
    for (const std::string& line : split_lines(dynamic.out)) {
        const std::size_t open = line.find("Shared library: [");
        if (open == std::string::npos) continue;
        const std::string library = line.substr(open + 17, line.find(']', open) - open - 17);
        INFO(library);
        const std::size_t at = resolved.out.find("\t" + library + " => ");
        REQUIRE(at != std::string::npos);
        const std::size_t path_at = at + library.size() + 5;
        const std::string path = resolved.out.substr(path_at, resolved.out.find(' ', path_at) - path_at);
        // With merged /usr, dpkg may know the file under either name.
        CommandResult owner = run_program({"dpkg", "-S", path}, binary_dir);
        if (owner.exit_code != 0) owner = run_program({"dpkg", "-S", "/usr" + path}, binary_dir);
        REQUIRE(owner.exit_code == 0);
        // "libyaml-cpp0.7:amd64: /usr/lib/x86_64-linux-gnu/libyaml-cpp.so.0.7"
        packages.insert(owner.out.substr(0, owner.out.find_first_of(":,")));
    }
    return packages;
}

// A control field, its continuation lines joined.
std::string control_field(const std::string& fields, const std::string& name) {
    const std::size_t at = fields.find(name + ": ");
    if (at == std::string::npos) return {};
    std::string value;
    for (std::size_t i = at + name.size() + 2; i < fields.size(); ++i) {
        if (fields[i] == '\n') {
            if (i + 1 < fields.size() && fields[i + 1] == ' ') {
                ++i;
                continue;
            }
            break;
        }
        value += fields[i];
    }
    return value;
}

}  // namespace

TEST_CASE("install: cmake --install puts sweepc, its man page, completion, schemas and docs under the prefix",
          "[release]") {
    TempDir prefix;
    CommandResult install = run_program({"cmake", "--install", binary_dir.string(), "--prefix", prefix.path().string()},
                                        binary_dir);
    INFO(install.out << install.err);
    REQUIRE(install.exit_code == 0);
    for (const std::string& file : installed_files("share/zsh/site-functions")) {
        INFO(file);
        CHECK(fs::is_regular_file(prefix / file));
    }
    check_runs_from(prefix.path());
    // The installed completion is the one `sweepc completion` prints.
    CommandResult bash = run_sweepc({"completion", "bash"});
    CHECK(read_file(prefix / "share/bash-completion/completions/sweepc") == bash.out);
}

TEST_CASE("install: the .deb holds the installation under /usr and depends on the libraries the binary links",
          "[release]") {
    TempDir out;
    const fs::path deb = make_package(out, "DEB");
    CHECK(deb.filename().string() == "sweepc_" + std::string(sweepc::sweepc_version) + "_amd64.deb");

    CommandResult info = run_program({"dpkg-deb", "-f", deb.string(), "Package", "Version", "Depends", "Recommends",
                                      "Section", "Maintainer", "Description"},
                                     out.path());
    REQUIRE(info.exit_code == 0);
    INFO(info.out);
    CHECK(control_field(info.out, "Package") == "sweepc");
    CHECK(control_field(info.out, "Version") == sweepc::sweepc_version);
    CHECK(control_field(info.out, "Recommends") == "git");
    CHECK(control_field(info.out, "Section") == "devel");
    // The long description is the text as written, its lines indented, no list separators.
    const std::string description = control_field(info.out, "Description");
    CHECK(description.find("sweepc reads the master configs") != std::string::npos);
    CHECK(description.find(';') == std::string::npos);
    const std::string depends = control_field(info.out, "Depends");
    // Every library the binary links is a dependency, with the package Debian ships it in.
    const std::set<std::string> needed = packages_of_needed_libraries(binary_dir / "sweepc");
    for (const std::string& package : needed) {
        INFO(package);
        CHECK(depends.find(package) != std::string::npos);
    }
    for (const char* library : {"libyaml-cpp", "libfmt", "libtree-sitter", "libstdc++", "libc6"}) {
        INFO(library);
        CHECK(depends.find(library) != std::string::npos);
    }
    // Versioned, as dpkg-shlibdeps writes them from the symbols the binary uses.
    CHECK(depends.find("libc6 (>= ") != std::string::npos);

    CommandResult contents = run_program({"dpkg-deb", "-c", deb.string()}, out.path());
    REQUIRE(contents.exit_code == 0);
    for (const std::string& file : installed_files("share/zsh/vendor-completions")) {
        INFO(file);
        CHECK(contents.out.find(" ./usr/" + file + "\n") != std::string::npos);
    }
    for (const std::string& line : split_lines(contents.out)) {
        INFO(line);
        CHECK(line.find(" ./usr/") != std::string::npos);
    }

    TempDir root;
    REQUIRE(run_program({"dpkg-deb", "-x", deb.string(), root.path().string()}, out.path()).exit_code == 0);
    check_runs_from(root / "usr");
}

TEST_CASE("install: the .tar.gz unpacks to the same installation, ready to run", "[release]") {
    TempDir out;
    const fs::path tarball = make_package(out, "TGZ");
    const std::string top = "sweepc-" + std::string(sweepc::sweepc_version) + "-linux-x86_64";
    CHECK(tarball.filename().string() == top + ".tar.gz");
    TempDir root;
    REQUIRE(run_program({"tar", "-xzf", tarball.string(), "-C", root.path().string()}, out.path()).exit_code == 0);
    for (const std::string& file : installed_files("share/zsh/site-functions")) {
        INFO(file);
        CHECK(fs::is_regular_file(root / top / file));
    }
    check_runs_from(root / top);
}

TEST_CASE("install: the man page documents every command and option of the command line", "[release]") {
    const std::string page = read_file(binary_dir / "command-line-docs/sweepc.1");
    CommandResult help = run_sweepc({"help", "matrix", "full-sweep"});
    REQUIRE(help.exit_code == 0);
    CHECK(page.find(".SS \"sweepc matrix full\\-sweep\"") != std::string::npos);
    for (const char* command : {"lint", "check", "diff", "changelog", "emit", "migrate", "help", "completion"}) {
        INFO(command);
        CHECK(page.find(".SS \"sweepc " + std::string(command) + "\"") != std::string::npos);
    }
    for (const char* option : {"\\-\\-seq\\-lens", "\\-\\-step\\-size", "\\-\\-changed\\-since", "\\-\\-max\\-jobs",
                               "\\-\\-edition", "\\-\\-new\\-since", "\\-\\-kv\\-p2p\\-transfer"}) {
        INFO(option);
        CHECK(page.find(option) != std::string::npos);
    }
    CHECK(page.find(".TH SWEEPC 1 \"\" \"sweepc " + std::string(sweepc::sweepc_version) + "\"") != std::string::npos);
}
