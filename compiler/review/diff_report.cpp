#include "review/diff_report.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "source/escape.h"

namespace sweepc {
namespace {

// Lists longer than this fold into <details> so a PR comment stays readable.
constexpr std::size_t fold_after = 5;

std::string signed_change(std::int64_t before, std::int64_t after) {
    const std::int64_t delta = after - before;
    return delta > 0 ? fmt::format("+{}", delta) : fmt::format("{}", delta);
}

std::string value_text(const nlohmann::ordered_json& value) {
    if (value.is_null()) return "(none)";
    if (value.is_string()) return value.get<std::string>();
    return value.dump();
}

std::string runs_word(std::size_t count) { return count == 1 ? "run" : "runs"; }

// A value from the configs in a table cell (source/escape.h): a code span, '|' escaped.
std::string cell(const std::string& text) { return markdown_code(text, /*in_table_cell=*/true); }

std::string field_change_line(const FieldChange& change) {
    return fmt::format("{} {} affects {} {}", markdown_code(change.field),
                       markdown_code(describe_value_change(change.before, change.after)),
                       change.runs, runs_word(change.runs));
}

// `with_evals`: editions with scenario types also say how many of the jobs run evals.
void append_run_groups(std::string& out, const char* what, std::size_t count, const std::vector<RunGroup>& groups,
                       bool with_evals) {
    if (groups.empty()) return;
    std::string table = with_evals ? "| jobs | eval jobs | GPUs | run | concurrency |\n|--:|--:|--:|:--|:--|\n"
                                   : "| jobs | GPUs | run | concurrency |\n|--:|--:|:--|:--|\n";
    for (const RunGroup& group : groups) {
        const std::string evals = with_evals ? fmt::format(" {} |", group.evals) : "";
        table += fmt::format("| {} |{} {} | {} | {} |\n", group.jobs, evals, group.gpus, cell(group.shape),
                             fmt::join(group.conc, ", "));
    }
    const std::string title = fmt::format("{} {} {}", count, runs_word(count), what);
    if (groups.size() > fold_after) {
        out += fmt::format("<details><summary>{}</summary>\n\n{}\n</details>\n\n", title, table);
    } else {
        out += fmt::format("{}:\n\n{}\n", title, table);
    }
}

std::int64_t signed_count(std::size_t count) { return static_cast<std::int64_t>(count); }

std::string before_after(std::int64_t before, std::int64_t after) {
    if (before == after) return std::to_string(after);
    return fmt::format("{} -> {} ({})", before, after, signed_change(before, after));
}

// Jobs, eval jobs and GPUs per kind of run, base -> head.
void append_kind_table(std::string& out, const std::vector<KindChange>& kinds) {
    out += "| kind | jobs | eval jobs | GPUs |\n|:--|--:|--:|--:|\n";
    for (const KindChange& kind : kinds) {
        out += fmt::format("| {} | {} | {} | {} |\n", kind.kind,
                           before_after(signed_count(kind.jobs_before), signed_count(kind.jobs_after)),
                           before_after(signed_count(kind.evals_before), signed_count(kind.evals_after)),
                           before_after(kind.gpus_before, kind.gpus_after));
    }
    out += "\n";
}

void append_config(std::string& out, const ConfigChange& change) {
    out += fmt::format("#### {} ({})\n\n", markdown_code(change.key), config_change_kind_name(change.kind));
    out += fmt::format("jobs {} -> {} ({}), GPUs {} -> {} ({})\n\n", change.jobs_before, change.jobs_after,
                       signed_change(static_cast<std::int64_t>(change.jobs_before),
                                     static_cast<std::int64_t>(change.jobs_after)),
                       change.gpus_before, change.gpus_after, signed_change(change.gpus_before, change.gpus_after));
    const bool scenarios = !change.scenario_types.empty();
    if (scenarios) {
        out += fmt::format("scenario type: {}\n\n", fmt::join(change.scenario_types, ", "));
        append_kind_table(out, change.kinds);
    }
    if (!change.field_changes.empty()) {
        std::string list;
        for (const FieldChange& field : change.field_changes) list += "- " + field_change_line(field) + "\n";
        if (change.field_changes.size() > fold_after * 2) {
            out += fmt::format("<details><summary>{} runs changed in {} ways</summary>\n\n{}\n</details>\n\n",
                               change.runs_changed, change.field_changes.size(), list);
        } else {
            out += list + "\n";
        }
    }
    append_run_groups(out, "added", change.runs_added, change.added, scenarios);
    append_run_groups(out, "removed", change.runs_removed, change.removed, scenarios);
}

nlohmann::ordered_json groups_json(const std::vector<RunGroup>& groups) {
    auto out = nlohmann::ordered_json::array();
    for (const RunGroup& group : groups) {
        nlohmann::ordered_json item;
        item["run"] = group.shape;
        item["conc"] = group.conc;
        item["jobs"] = group.jobs;
        item["gpus"] = group.gpus;
        item["evals"] = group.evals;
        out.push_back(std::move(item));
    }
    return out;
}

nlohmann::ordered_json kinds_json(const std::vector<KindChange>& kinds) {
    auto out = nlohmann::ordered_json::array();
    for (const KindChange& kind : kinds) {
        nlohmann::ordered_json item;
        item["kind"] = kind.kind;
        item["jobs"] = {{"base", kind.jobs_before}, {"head", kind.jobs_after}};
        item["evals"] = {{"base", kind.evals_before}, {"head", kind.evals_after}};
        item["gpus"] = {{"base", kind.gpus_before}, {"head", kind.gpus_after}};
        out.push_back(std::move(item));
    }
    return out;
}

nlohmann::ordered_json totals_json(const SweepTotals& totals) {
    nlohmann::ordered_json out;
    out["configs"] = totals.configs;
    out["jobs"] = totals.jobs;
    out["gpus"] = totals.gpus;
    return out;
}


// "1,776": thousands separated, as a PR comment reads best.
std::string grouped(std::int64_t value) {
    std::string digits = std::to_string(value < 0 ? -value : value);
    for (int at = static_cast<int>(digits.size()) - 3; at > 0; at -= 3) digits.insert(static_cast<std::size_t>(at), ",");
    return value < 0 ? "-" + digits : digits;
}

std::string changelog_paragraph(const ChangelogSchedule& schedule) {
    switch (schedule.state) {
        case ChangelogSchedule::State::no_entries:
            return "**Changelog:** the change adds no entries, so the changelog-driven sweep runs nothing for it.\n";
        case ChangelogSchedule::State::deleted_lines:
            return "**Changelog:** the change deletes changelog lines, so the changelog-driven sweep refuses it "
                   "(see the findings).\n";
        case ChangelogSchedule::State::invalid:
            return "**Changelog:** the added entries are not valid, so what they schedule is unknown (see the "
                   "findings).\n";
        case ChangelogSchedule::State::configs_do_not_load:
            return "**Changelog:** the configs do not load, so what the new entries schedule is unknown (see the "
                   "findings).\n";
        case ChangelogSchedule::State::scheduled: break;
    }
    std::string out = schedule.entries == 1 ? std::string("**Changelog:** the new entry schedules")
                                            : fmt::format("**Changelog:** the {} new entries schedule", schedule.entries);
    out += fmt::format(" **{} job{}** on **{} GPUs** (sum over jobs)", grouped(static_cast<std::int64_t>(schedule.jobs)),
                       schedule.jobs == 1 ? "" : "s", grouped(schedule.gpus));
    if (!schedule.buckets.empty()) {
        std::vector<std::string> parts;
        for (const auto& bucket : schedule.buckets) {
            parts.push_back(fmt::format("{} {} ({} GPUs)", bucket.name, bucket.jobs, grouped(bucket.gpus)));
        }
        out += fmt::format(": {}", fmt::join(parts, ", "));
    }
    return out + ".\n";
}

// Folded, in a code block: messages quote input text, which must not be read as markdown
// (source/escape.h: markdown_code_block also shows its control characters).
void append_findings(std::string& out, const std::vector<Diagnostic>& findings) {
    if (findings.empty()) return;
    std::size_t errors = 0;
    for (const Diagnostic& finding : findings) errors += finding.severity == Severity::error ? 1 : 0;
    std::vector<std::string> lines;
    for (const Diagnostic& finding : findings) {
        const std::string where = finding.location.line > 0
                                      ? fmt::format("{}:{}: ", finding.location.file, finding.location.line)
                                      : (finding.location.file.empty() ? "" : finding.location.file + ": ");
        lines.push_back(fmt::format("{}{}: {} [{}]", where, severity_name(finding.severity), finding.message,
                                    finding.rule));
        if (finding.fix) lines.push_back(fmt::format("  fix: {}", *finding.fix));
    }
    out += fmt::format("<details><summary>{} finding{} ({} error{})</summary>\n\n{}\n</details>\n\n", findings.size(),
                       findings.size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", markdown_code_block(lines));
}

void append_scripts(std::string& out, const std::vector<TouchedScript>& scripts) {
    if (scripts.empty()) return;
    std::string table = "| file | change | run by |\n|:--|:--|:--|\n";
    for (const TouchedScript& script : scripts) {
        std::string change = script.change;
        if (!script.old_path.empty()) change += fmt::format(" from {}", markdown_code(script.old_path, true));
        std::string users;
        if (script.configs.empty()) {
            users = script.kind == "launcher" ? "no runner node" : "no config directly";
        } else {
            std::vector<std::string> keys;
            for (const std::string& key : script.configs) keys.push_back(markdown_code(key, true));
            users = fmt::format("{} ({} job{}{})", fmt::join(keys, ", "), script.jobs, script.jobs == 1 ? "" : "s",
                                script.change == "deleted" ? ", before the change" : "");
        }
        table += fmt::format("| {} | {} {} | {} |\n", markdown_code(script.path, true), script.kind, change,
                             users);
    }
    const std::string title = fmt::format("Scripts and launchers this change touches ({})", scripts.size());
    if (scripts.size() > fold_after) {
        out += fmt::format("<details><summary>{}</summary>\n\n{}\n</details>\n\n", title, table);
    } else {
        out += fmt::format("**{}:**\n\n{}\n", title, table);
    }
}

nlohmann::ordered_json changelog_json(const ChangelogSchedule& schedule) {
    static constexpr const char* states[] = {"scheduled", "no-entries", "deleted-lines", "invalid",
                                             "configs-do-not-load"};
    nlohmann::ordered_json out;
    out["state"] = states[static_cast<int>(schedule.state)];
    out["entries"] = schedule.entries;
    out["jobs"] = schedule.jobs;
    out["gpus"] = schedule.gpus;
    out["buckets"] = nlohmann::ordered_json::object();
    for (const auto& bucket : schedule.buckets) out["buckets"][bucket.name] = bucket.jobs;
    out["bucket_gpus"] = nlohmann::ordered_json::object();
    for (const auto& bucket : schedule.buckets) out["bucket_gpus"][bucket.name] = bucket.gpus;
    return out;
}

}  // namespace

std::string describe_value_change(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after) {
    std::string old_text = value_text(before);
    std::string new_text = value_text(after);
    // Two tags of one image read best as just the tags.
    const std::size_t colon = old_text.rfind(':');
    if (before.is_string() && after.is_string() && colon != std::string::npos && colon > 0 &&
        new_text.size() > colon && new_text.compare(0, colon + 1, old_text, 0, colon + 1) == 0 &&
        old_text.find('/', colon) == std::string::npos && new_text.find('/', colon) == std::string::npos) {
        return fmt::format("{} -> {}", old_text.substr(colon + 1), new_text.substr(colon + 1));
    }
    return fmt::format("{} -> {}", old_text, new_text);
}

std::string render_diff_markdown(const DiffReport& report) {
    const SweepDiff& diff = report.diff;
    std::string out = fmt::format("### sweepc diff: {} -> {}\n\n", markdown_code(diff.base_label),
                                  markdown_code(diff.head_label));
    if (report.compared) {
        out += "| | base | head | change |\n|:--|--:|--:|--:|\n";
        auto row = [&](const char* name, std::int64_t before, std::int64_t after) {
            out += fmt::format("| {} | {} | {} | {} |\n", name, before, after, signed_change(before, after));
        };
        row("configs", static_cast<std::int64_t>(diff.base.configs), static_cast<std::int64_t>(diff.head.configs));
        row("jobs", static_cast<std::int64_t>(diff.base.jobs), static_cast<std::int64_t>(diff.head.jobs));
        row("GPUs (sum over jobs)", diff.base.gpus, diff.head.gpus);
        out += "\n";
        if (!diff.kinds.empty()) append_kind_table(out, diff.kinds);
        if (diff.empty()) {
            out += "No config changed: every config resolves to the same runs.\n\n";
        } else {
            std::size_t counts[3] = {0, 0, 0};
            for (const ConfigChange& change : diff.configs) ++counts[static_cast<int>(change.kind)];
            out += fmt::format("{} config(s) added, {} removed, {} changed.\n\n", counts[0], counts[1], counts[2]);
        }
    } else {
        out += "The sweeps could not be compared: the configs of one side do not load (see the findings).\n\n";
    }
    if (report.changelog) out += changelog_paragraph(*report.changelog) + "\n";
    append_findings(out, report.findings);
    append_scripts(out, report.scripts);
    if (diff.configs.size() > fold_after) {
        out += "| config | | jobs | GPUs |\n|:--|:--|--:|--:|\n";
        for (const ConfigChange& change : diff.configs) {
            out += fmt::format("| {} | {} | {} -> {} | {} -> {} |\n", cell(change.key), config_change_kind_name(change.kind),
                               change.jobs_before, change.jobs_after, change.gpus_before, change.gpus_after);
        }
        out += "\n<details><summary>Details per config</summary>\n\n";
        for (const ConfigChange& change : diff.configs) append_config(out, change);
        out += "</details>\n";
    } else {
        for (const ConfigChange& change : diff.configs) append_config(out, change);
    }
    while (out.size() >= 2 && out.ends_with("\n\n")) out.pop_back();
    return out;
}

std::string render_diff_json(const DiffReport& report) {
    const SweepDiff& diff = report.diff;
    nlohmann::ordered_json out;
    out["base"] = diff.base_label;
    out["head"] = diff.head_label;
    out["compared"] = report.compared;
    out["totals"]["base"] = totals_json(diff.base);
    out["totals"]["head"] = totals_json(diff.head);
    out["totals"]["kinds"] = kinds_json(diff.kinds);
    out["configs"] = nlohmann::ordered_json::array();
    for (const ConfigChange& change : diff.configs) {
        nlohmann::ordered_json item;
        item["key"] = change.key;
        item["change"] = config_change_kind_name(change.kind);
        item["file"] = change.location.file;
        item["line"] = change.location.line;
        item["jobs"] = {{"base", change.jobs_before}, {"head", change.jobs_after}};
        item["gpus"] = {{"base", change.gpus_before}, {"head", change.gpus_after}};
        item["runs_added"] = change.runs_added;
        item["runs_removed"] = change.runs_removed;
        item["runs_changed"] = change.runs_changed;
        item["scenario_types"] = change.scenario_types;
        item["kinds"] = kinds_json(change.kinds);
        item["field_changes"] = nlohmann::ordered_json::array();
        for (const FieldChange& field : change.field_changes) {
            nlohmann::ordered_json entry;
            entry["field"] = field.field;
            entry["base"] = field.before;
            entry["head"] = field.after;
            entry["runs"] = field.runs;
            item["field_changes"].push_back(std::move(entry));
        }
        item["added"] = groups_json(change.added);
        item["removed"] = groups_json(change.removed);
        out["configs"].push_back(std::move(item));
    }
    out["changelog"] = report.changelog ? changelog_json(*report.changelog) : nlohmann::ordered_json();
    out["scripts"] = nlohmann::ordered_json::array();
    for (const TouchedScript& script : report.scripts) {
        nlohmann::ordered_json item;
        item["path"] = script.path;
        item["change"] = script.change;
        if (!script.old_path.empty()) item["old_path"] = script.old_path;
        item["kind"] = script.kind;
        item["configs"] = script.configs;
        item["jobs"] = script.jobs;
        out["scripts"].push_back(std::move(item));
    }
    out["findings"] = nlohmann::ordered_json::array();
    for (const Diagnostic& finding : report.findings) {
        nlohmann::ordered_json item;
        item["rule"] = finding.rule;
        item["severity"] = severity_name(finding.severity);
        item["file"] = finding.location.file;
        item["line"] = finding.location.line;
        item["message"] = finding.message;
        if (finding.fix) item["fix"] = *finding.fix;
        out["findings"].push_back(std::move(item));
    }
    return out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace sweepc
