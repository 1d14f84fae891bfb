// libFuzzer target: a bash script through tree-sitter-bash, the flow analysis, every shell rule
// and the diagnostic renderers.
#include <cstdint>
#include <string>

#include "lint/shell_lint.h"
#include "source/render_human.h"
#include "source/render_sarif.h"
#include "source/source_map.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sweepc;
    SourceMap sources;
    const SourceFile& file =
        sources.add(SourceFile("benchmarks/single_node/fuzz.sh", std::string(reinterpret_cast<const char*>(data), size)));
    Diagnostics diagnostics;
    lint_shell_script(file, ShellLintOptions{}, diagnostics);
    (void)render_human(diagnostics, sources);
    (void)render_sarif(diagnostics);
    return 0;
}
