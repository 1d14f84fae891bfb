#include <cstdio>
#include <iostream>
#include <memory>

#include <fmt/format.h>

#include "cli/commands.h"
#include "cli/diagnostic_output.h"
#include "cli/edition_option.h"
#include "cli/exit_codes.h"
#include "cli/integer_option.h"
#include "cli/max_runs_option.h"
#include "emit/github_output.h"
#include "emit/matrix_entry.h"
#include "emit/matrix_split.h"
#include "emit/value_safety.h"
#include "emit/python_json.h"
#include "edition/foreign_construct.h"
#include "load/config_loader.h"
#include "plan/sequence_length.h"
#include "plan/sweep.h"
#include "schema/schema_validator.h"
#include "schema/shape_memo_validator.h"

namespace sweepc {
namespace {

struct MatrixCommandOptions {
    SweepOptions sweep;
    ConfigInputs inputs;  // runner_file empty: the edition's default
    std::string edition;  // --edition; empty: detected
    std::string mode_name;
    std::vector<std::string> given;  // the options on the command line, for the edition check
    bool run_evals = false;
    bool no_evals = false;
    bool evals_only = false;
    bool all_evals = false;
    bool single_node = false;
    bool multi_node = false;
    DiagnosticOutputOptions output;
    // --github-output hook (emit/github_output.h): also append the matrices to $GITHUB_OUTPUT.
    bool github_output = false;
    std::size_t max_jobs = default_max_jobs;
};

// Option values the generator would have accepted and then looped on or silently ignored.
bool check_option_values(const MatrixCommandOptions& options, Diagnostics& diagnostics) {
    auto usage_error = [&](const std::string& option, const std::string& message) {
        diagnostics.error("usage", SourceLocation{option, 0, 0, 0, 0}, message);
    };
    const SweepOptions& sweep = options.sweep;
    if (sweep.step_size < 2) {
        usage_error("--step-size", fmt::format("--step-size must be at least 2 (got {}); concurrency ranges grow by "
                                               "this factor, so a smaller one never reaches conc-end",
                                               sweep.step_size));
    }
    auto require_positive = [&](const char* option, const std::optional<std::int64_t>& value) {
        if (value && *value <= 0) {
            usage_error(option, fmt::format("{} must be a positive integer (got {}); it would drop every run",
                                            option, *value));
        }
    };
    require_positive("--min-conc", sweep.min_conc);
    require_positive("--max-conc", sweep.max_conc);
    require_positive("--max-tp", sweep.max_tp);
    require_positive("--max-ep", sweep.max_ep);
    for (std::int64_t conc : sweep.conc) {
        if (conc <= 0) usage_error("--conc", fmt::format("--conc values must be positive integers (got {})", conc));
    }
    if (sweep.min_conc && sweep.max_conc && *sweep.min_conc > *sweep.max_conc) {
        usage_error("--min-conc", fmt::format("--min-conc ({}) is above --max-conc ({})", *sweep.min_conc,
                                              *sweep.max_conc));
    }
    return !diagnostics.has_errors();
}

void usage_error(Diagnostics& diagnostics, const std::string& where, std::string message) {
    diagnostics.error("usage", SourceLocation{where, 0, 0, 0, 0}, std::move(message));
}

std::string choices(const std::vector<std::string_view>& names) {
    std::string joined;
    for (std::string_view name : names) joined += fmt::format("{}{}", joined.empty() ? "" : ", ", name);
    return joined;
}

// What the edition the inputs are read as allows: its sweep modes, its generator options for the
// mode, its sequence-length names and scenarios. A construct of another edition says which one.
void check_edition_options(const Edition& edition, const std::string& reason, const MatrixCommandOptions& options,
                           Diagnostics& diagnostics) {
    const SweepModeSpec* mode = edition.find_mode(options.mode_name);
    if (mode == nullptr) {
        std::string message = fmt::format("'{}' was removed in the {} edition, and this run reads {} ({})",
                                          options.mode_name, edition.name, edition.name, reason);
        if (const Edition* owner = edition_with_mode(edition, options.mode_name)) {
            message += fmt::format("; it is a sub-command of the {} edition", owner->name);
        }
        if (auto instead = edition.replacement_of(options.mode_name)) message += fmt::format("; instead: {}", *instead);
        usage_error(diagnostics, options.mode_name, message);
        return;
    }
    for (const std::string& option : options.given) {
        if (std::find(mode->options.begin(), mode->options.end(), option) != mode->options.end()) continue;
        if (const Edition* owner = edition_with_option(edition, options.mode_name, option)) {
            usage_error(diagnostics, option,
                        fmt::format("{} of {}: {}", option, options.mode_name,
                                    foreign_construct_note(option, *owner, edition, reason)));
        }
    }
    for (const std::string& name : options.sweep.seq_lens) {
        if (edition.find_sequence_length(name) != nullptr) continue;
        std::vector<std::string_view> names;
        for (const NamedSequenceLength& named : edition.sequence_lengths) names.push_back(named.name);
        std::string message = fmt::format("unknown sequence length '{}'; choose from {}", name, choices(names));
        for (const Edition* other : all_editions()) {
            if (other != &edition && other->find_sequence_length(name) != nullptr) {
                message += "; " + foreign_construct_note(name, *other, edition, reason);
            }
        }
        usage_error(diagnostics, "--seq-lens", message);
    }
    std::vector<std::string_view> scenarios;
    for (const auto* path : {&edition.fixed_blocks_path, &edition.agentic_blocks_path}) {
        if (!path->empty()) scenarios.push_back(path->back());
    }
    for (const std::string& name : options.sweep.scenario_types) {
        if (std::find(scenarios.begin(), scenarios.end(), name) == scenarios.end()) {
            usage_error(diagnostics, "--scenario-type",
                        fmt::format("unknown scenario type '{}'; choose from {}", name, choices(scenarios)));
        }
    }
}

// The eval flags as the edition reads them: off unless asked for (2026-03), or on unless
// --no-evals (2026-08, where --all-evals alone prints evals only).
void set_eval_mode(const Edition& edition, MatrixCommandOptions& options) {
    SweepOptions& sweep = options.sweep;
    sweep.all_evals = options.all_evals;
    if (options.evals_only || options.all_evals) sweep.evals = EvalMode::evals_only;
    else if (edition.evals_on_by_default) sweep.evals = options.no_evals ? EvalMode::none : EvalMode::run_evals;
    else sweep.evals = options.run_evals ? EvalMode::run_evals : EvalMode::none;
}

int run_matrix(MatrixCommandOptions& options) {
    SweepOptions& sweep = options.sweep;
    sweep.node_kinds = options.single_node  ? NodeKinds::single_node
                       : options.multi_node ? NodeKinds::multi_node
                                            : NodeKinds::both;
    options.inputs.edition = chosen_edition(options.edition);
    Diagnostics diagnostics;
    SourceMap sources;
    if (!check_option_values(options, diagnostics)) return report_diagnostics(diagnostics, sources, options.output);

    EditionChoice edition;
    std::optional<Config> config = load_config(options.inputs, sources, diagnostics, edition);
    if (edition.edition != nullptr) {
        check_edition_options(*edition.edition, edition.reason, options, diagnostics);
        set_eval_mode(*edition.edition, options);
    }
    if (!config || diagnostics.has_errors()) return report_diagnostics(diagnostics, sources, options.output);

    std::vector<Run> runs = resolve_sweep(*config, sweep, diagnostics);
    if (diagnostics.has_errors()) return report_diagnostics(diagnostics, sources, options.output);

    // Every entry is checked against the edition's matrix-entry schema before anything is printed
    // (entries that differ only in integers share one validation: schema/shape_memo_validator.h).
    const SchemaValidator entry_schema{std::string(config->edition->matrix_entry_schema)};
    ShapeMemoValidator entry_validator(entry_schema);
    std::string out = "[";
    for (std::size_t i = 0; i < runs.size(); ++i) {
        nlohmann::ordered_json entry = matrix_entry(runs[i]);
        for (const std::string& problem : entry_validator.validate(entry)) {
            diagnostics.error("matrix-entry", runs[i].row->location,
                              fmt::format("the run of '{}' made an invalid matrix entry: {}", runs[i].entry->key,
                                          problem));
        }
        if (i > 0) out += ", ";
        append_python_json(out, entry);
    }
    out += "]\n";
    if (diagnostics.has_errors()) return report_diagnostics(diagnostics, sources, options.output);
    // --github-output hook: written before stdout, so a refused value leaves both untouched.
    if (options.github_output) {
        if (options.max_jobs == 0) {
            diagnostics.error("usage", SourceLocation{"--max-jobs", 0, 0, 0, 0}, "--max-jobs must be at least 1");
        } else {
            check_emitted_values(runs, diagnostics);
            if (!diagnostics.has_errors()) append_github_output(runs, *config->edition, options.max_jobs, diagnostics);
        }
        if (diagnostics.has_errors()) return report_diagnostics(diagnostics, sources, options.output);
    }
    if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size() || std::fflush(stdout) != 0) {
        std::cerr << "sweepc: error: cannot write the matrix to standard output\n";
        return exit_usage;
    }
    return exit_ok;
}

std::string default_runner_files() {
    std::string defaults;
    for (const Edition* edition : all_editions()) {
        defaults += fmt::format("{}{} in {}", defaults.empty() ? "" : ", ", edition->default_runner_config,
                                edition->name);
    }
    return defaults;
}

// The options on the command line (long names), for the edition check after the inputs are read.
std::vector<std::string> given_options(const CLI::App& command) {
    std::vector<std::string> given;
    for (const CLI::Option* option : command.get_options()) {
        if (option->count() > 0 && !option->get_lnames().empty()) given.push_back("--" + option->get_lnames().front());
    }
    return given;
}

void add_common_options(CLI::App& command, MatrixCommandOptions& options) {
    command.add_option("--config-files", options.inputs.config_files, "Master config files (YAML)")
        ->required()
        ->expected(1, -1);
    command.add_option("--runner-config", options.inputs.runner_file,
                       fmt::format("Runners file (YAML); default: the edition's ({})", default_runner_files()));
    add_edition_option(command, options.edition);
    auto* run_evals = command.add_flag("--run-evals", options.run_evals, "Mark the eval subset of runs (2026-03)");
    auto* no_evals = command.add_flag("--no-evals", options.no_evals, "Do not mark evals (2026-08, where they are on "
                                      "by default)");
    auto* evals_only = command.add_flag("--evals-only", options.evals_only, "Print only the eval subset of runs");
    auto* all_evals = command.add_flag("--all-evals", options.all_evals,
                                       "Every fixed 8k1k and agentic run is an eval; print only evals (2026-08)");
    run_evals->excludes(evals_only);
    no_evals->excludes(evals_only);
    no_evals->excludes(all_evals);
    command.add_option("--runner-node-filter", options.sweep.runner_node_filter,
                       "Run on each node of the runner type whose name contains this text");
    command.add_option("--scenario-type", options.sweep.scenario_types,
                       "Scenarios to include: fixed-seq-len, agentic-coding (2026-08)")
        ->expected(1, -1);
    command.add_option("--max-input-size", options.inputs.max_input_bytes, "Largest input file to read, in bytes")
        ->capture_default_str()
        ->check(integer_option(options.inputs.max_input_bytes));
    add_max_runs_option(command, options.sweep.max_runs);
    add_diagnostic_output_options(command, options.output);
    // --github-output hook (emit/github_output.h).
    auto* github_output = command.add_flag("--github-output", options.github_output,
                     "Also append single-node-config, multi-node-config and per-sequence-length matrices to "
                     "the file named by $GITHUB_OUTPUT");
    command.add_option("--max-jobs", options.max_jobs,
                       "With --github-output: most jobs per matrix; larger ones become numbered parts")
        ->capture_default_str()
        ->check(integer_option(options.max_jobs))
        ->needs(github_output);
}

void add_filter_options(CLI::App& command, MatrixCommandOptions& options) {
    command.add_option("--model-prefix", options.sweep.model_prefixes, "Config names starting with any of these")
        ->expected(1, -1);
    command.add_option("--precision", options.sweep.precisions, "Precisions to include (fp4, fp8, ...)")
        ->expected(1, -1);
    command.add_option("--framework", options.sweep.frameworks, "Frameworks to include (vllm, sglang, ...)")
        ->expected(1, -1);
}

void add_node_kind_flags(CLI::App& command, MatrixCommandOptions& options) {
    auto* single = command.add_flag("--single-node", options.single_node, "Only single-node configs");
    auto* multi = command.add_flag("--multi-node", options.multi_node, "Only multi-node configs");
    single->excludes(multi);
}

}  // namespace

void add_matrix_command(CLI::App& app, int& exit_code) {
    auto* matrix = app.add_subcommand("matrix", "Resolve the master configs into a GitHub Actions job matrix (JSON)");
    matrix->require_subcommand(1);
    // Options live as long as the app: CLI11 binds to them by reference.
    static MatrixCommandOptions options;

    auto* full = matrix->add_subcommand("full-sweep", "Every run of every config, with optional filters");
    add_common_options(*full, options);
    add_filter_options(*full, options);
    full->add_option("--runner-type", options.sweep.runner_types, "Runner types to include")->expected(1, -1);
    full->add_option("--seq-lens", options.sweep.seq_lens,
                     "Sequence lengths to include: 1k1k, 8k1k (and 1k8k in 2026-03)")
        ->expected(1, -1);
    full->add_option("--step-size", options.sweep.step_size, "Factor between concurrencies of a range")
        ->capture_default_str()
        ->check(integer_option(options.sweep.step_size));
    full->add_option("--min-conc", options.sweep.min_conc, "Lowest concurrency to include")
        ->check(integer_option(options.sweep.min_conc));
    full->add_option("--max-conc", options.sweep.max_conc, "Highest concurrency to include")
        ->check(integer_option(options.sweep.max_conc));
    full->add_option("--max-tp", options.sweep.max_tp, "Highest tensor parallelism (single-node)")
        ->check(integer_option(options.sweep.max_tp));
    full->add_option("--max-ep", options.sweep.max_ep, "Cap expert parallelism at this (single-node)")
        ->check(integer_option(options.sweep.max_ep));
    add_node_kind_flags(*full, options);
    full->callback([full, &exit_code] {
        options.sweep.mode = SweepMode::full_sweep;
        options.mode_name = full->get_name();
        options.given = given_options(*full);
        exit_code = run_matrix(options);
    });

    auto* runner_model = matrix->add_subcommand(
        "runner-model-sweep",
        "One short 1k1k run of each config of a runner type, on every node of that type (2026-03)");
    add_common_options(*runner_model, options);
    add_filter_options(*runner_model, options);
    runner_model->add_option("--runner-type", options.sweep.runner_types, "Runner type")->required()->expected(1);
    runner_model->add_option("--conc", options.sweep.conc, "Concurrency for every run")
        ->expected(1)
        ->check(integer_option(options.sweep.conc));
    add_node_kind_flags(*runner_model, options);
    runner_model->callback([runner_model, &exit_code] {
        options.sweep.mode = SweepMode::runner_model_sweep;
        options.mode_name = runner_model->get_name();
        options.given = given_options(*runner_model);
        exit_code = run_matrix(options);
    });

    auto* test_config = matrix->add_subcommand("test-config", "Every run of the named configs");
    add_common_options(*test_config, options);
    test_config->add_option("--config-keys", options.sweep.config_keys, "Config names; *, ? and [...] globs")
        ->required()
        ->expected(1, -1);
    test_config->add_option("--conc", options.sweep.conc, "Only these concurrencies")
        ->expected(1, -1)
        ->check(integer_option(options.sweep.conc));
    test_config->add_option("--seq-lens", options.sweep.seq_lens, "Sequence lengths to include: 1k1k, 8k1k (2026-08)")
        ->expected(1, -1);
    test_config->callback([test_config, &exit_code] {
        options.sweep.mode = SweepMode::test_config;
        options.mode_name = test_config->get_name();
        options.given = given_options(*test_config);
        exit_code = run_matrix(options);
    });
}

}  // namespace sweepc
