// Build-time tool (not installed): writes the documents generated from the command line's
// definitions into the folder named by its argument: sweepc.1 (the man page), and the completion
// scripts sweepc.bash, _sweepc (zsh) and sweepc.fish.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/completion_script.h"
#include "cli/man_page.h"
#include "cli/sweepc_app.h"

namespace {

bool write(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (!out) std::cerr << "sweepc_command_line_docs: cannot write " << path.string() << "\n";
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: sweepc_command_line_docs OUTPUT_FOLDER\n";
        return 2;
    }
    const std::filesystem::path folder = argv[1];
    sweepc::SweepcApp sweepc;
    const std::vector<sweepc::CompletionCommand> commands = sweepc::completion_commands(sweepc.app());
    const bool written = write(folder / "sweepc.1", sweepc::man_page(sweepc.app())) &&
                         write(folder / "sweepc.bash", sweepc::bash_completion_script(commands)) &&
                         write(folder / "_sweepc", sweepc::zsh_completion_script(commands)) &&
                         write(folder / "sweepc.fish", sweepc::fish_completion_script(commands));
    return written ? 0 : 1;
}
