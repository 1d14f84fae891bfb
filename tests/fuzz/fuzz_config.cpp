// libFuzzer target: a master config, through loading, schema checks, the typed model, planning,
// matrix entries (validated against their schema) and rendering the diagnostics. The first byte
// picks sweep options; the rest is the master config. A line "#runners" splits off a runners file;
// without it a fixed one is used.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

#include "emit/matrix_entry.h"
#include "emit/python_json.h"
#include "load/config_loader.h"
#include "plan/sweep.h"
#include "schema/schema_validator.h"
#include "schema/shape_memo_validator.h"
#include "source/escape.h"
#include "source/render_github.h"
#include "source/render_human.h"
#include "source/render_sarif.h"
#include "source/review_comments.h"

namespace {

constexpr std::string_view default_runners =
    "h100: [h100-a, h100-b]\nh200: [h200-a]\nb200: [b200-a, b200-nb]\nmi300x: [mi300x-a]\n"
    "mi325x: [mi325x-a]\nmi355x: [mi355x-a, mi355x-b]\ngb200: [gb200-a]\n";

// One pair of files per fuzzing process, rewritten for every input: load_config reads paths.
const std::string& scratch_dir() {
    static const std::string dir = [] {
        char pattern[] = "/tmp/sweepc-fuzz-XXXXXX";
        const char* made = ::mkdtemp(pattern);
        return std::string(made != nullptr ? made : "/tmp");
    }();
    return dir;
}

void write(const std::string& path, std::string_view text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sweepc;
    if (size == 0) return 0;
    const std::uint8_t flags = data[0];
    std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    std::string_view runners = default_runners;
    if (std::size_t split = text.find("\n#runners\n"); split != std::string_view::npos) {
        runners = text.substr(split + 10);
        text = text.substr(0, split);
    }
    const std::string master_path = scratch_dir() + "/master.yaml";
    const std::string runners_path = scratch_dir() + "/runners.yaml";
    write(master_path, text);
    write(runners_path, runners);

    Diagnostics diagnostics;
    SourceMap sources;
    ConfigInputs inputs{{master_path}, runners_path};
    inputs.max_input_bytes = 1u << 20;
    std::optional<Config> config = load_config(inputs, sources, diagnostics);
    if (config) {
        SweepOptions options;
        options.evals = (flags & 1) != 0 ? EvalMode::run_evals : EvalMode::none;
        options.node_kinds = (flags & 6) == 2 ? NodeKinds::single_node
                             : (flags & 6) == 4 ? NodeKinds::multi_node
                                                : NodeKinds::both;
        options.step_size = 2 + ((flags >> 3) & 3);
        if ((flags & 0x20) != 0) options.max_conc = 64;
        if ((flags & 0x40) != 0) options.runner_node_filter = "b";
        // A budget that keeps each input's expansion within libFuzzer's time limit; aliased rows
        // past it are refused before expanding, which is what is fuzzed.
        options.max_runs = 20'000;
        std::vector<Run> runs = resolve_sweep(*config, options, diagnostics);
        if (!diagnostics.has_errors()) {
            const SchemaValidator entry_schema{std::string(config->edition->matrix_entry_schema)};
            ShapeMemoValidator validator(entry_schema);
            std::string out = "[";
            for (const Run& run : runs) {
                nlohmann::ordered_json entry = matrix_entry(run);
                validator.validate(entry);
                append_python_json(out, entry);
            }
        }
    }
    // Every renderer must cope with whatever the stages reported.
    (void)render_human(diagnostics, sources);
    (void)render_sarif(diagnostics);
    (void)render_github(diagnostics);
    (void)render_review_comments(diagnostics);
    // The Markdown escapes, on messages that quote the input.
    for (const Diagnostic& diagnostic : diagnostics.all()) {
        (void)markdown_text(diagnostic.message);
        (void)markdown_code(diagnostic.message, true);
        (void)markdown_code_block({diagnostic.message});
    }
    return 0;
}
