#include <fmt/format.h>

#include "lint/changelog_lint.h"
#include "lint/yaml_suppressions.h"
#include "load/yaml_loader.h"
#include "schema/schema_validator.h"

namespace sweepc {

const std::vector<ChangelogRule>& changelog_rules() {
    static const std::vector<ChangelogRule> rules = {
        {"changelog/pr-link", Severity::error, "pr-link is not a pull-request URL (a placeholder such as pull/XXX or TBD)",
         check_changelog_pr_link},
        {"changelog/duplicate-pr-link", Severity::warning, "Two entries name the same pull request",
         check_changelog_duplicate_pr_link},
        {"changelog/unknown-config-key", Severity::error,
         "A config-keys pattern matches no current config (error on new entries, warning on older ones)",
         check_changelog_unknown_config_key},
        {"changelog/append-only", Severity::error, "Existing entries were changed or new ones not appended at the end",
         check_changelog_append_only},
        {"changelog/final-newline", Severity::error, "The changelog does not end with a newline",
         check_changelog_final_newline},
        {"changelog/append-only-entry", Severity::error,
         "A new append-only entry asks for evals, or shares its change with regular entries",
         check_changelog_append_only_entry},
    };
    return rules;
}

int first_new_line(const std::optional<std::string>& base_text) {
    if (!base_text) return 1;
    int last_content_line = 0;
    int line = 1;
    bool blank = true;
    for (char c : *base_text) {
        if (c == '\n') {
            if (!blank) last_content_line = line;
            ++line;
            blank = true;
        } else if (c != ' ' && c != '\t' && c != '\r') {
            blank = false;
        }
    }
    if (!blank) last_content_line = line;
    return last_content_line + 1;
}

void lint_changelog_file(const std::string& path, const Edition& edition, const Config* config,
                         const ChangelogContext& context, SourceMap& sources, Diagnostics& diagnostics) {
    std::optional<SourceFile> read = read_source_file(path, diagnostics);
    if (!read) return;
    const SourceFile& file = sources.add(std::move(*read));
    std::optional<yaml::Document> document = yaml::load_yaml(file, diagnostics);
    if (!document) return;
    // An empty changelog is a valid (empty) log; only a non-list is a shape error.
    if (document->root != nullptr && document->root->kind != yaml::Kind::null) {
        SchemaValidator(std::string(edition.changelog.entry_schema)).validate(*document, diagnostics);
    }
    const std::vector<ChangelogEntry> entries = read_changelog_entries(*document);
    const ChangelogLintInputs inputs{edition, file, *document, entries, config, context};
    std::vector<Diagnostic> findings;
    for (const ChangelogRule& rule : changelog_rules()) rule.check(inputs, findings);
    const YamlSuppressions suppressions = collect_yaml_suppressions(file, *document);
    for (Diagnostic& finding : findings) {
        if (!suppressions.suppresses(finding.rule, finding.location.line)) diagnostics.add(std::move(finding));
    }
}

}  // namespace sweepc
