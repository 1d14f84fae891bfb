#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "edition/edition.h"

namespace sweepc {

// The changelog processor's output model in an edition, read from its changelog-matrix schema
// and its changelog schema (Edition::changelog): which buckets the output has and in what order,
// where each row kind goes, and how a row or a metadata entry is laid out. The processor
// validated its output with pydantic models and printed them with exclude_none: fields in model
// order, absent fields with a default written with it, nulls left out. Those facts live in the
// schemas; this reads them.
class ChangelogLayout {
public:
    // One layout per edition, read once.
    static const ChangelogLayout& of(const Edition& edition);

    enum class Bucket { throughput_map, eval_list, metadata };
    // The top-level properties, in order, with what each holds.
    const std::vector<std::pair<std::string, Bucket>>& buckets() const { return buckets_; }
    // The bucket map throughput rows of `kind` go to (single_node, multi_node).
    const std::string& throughput_bucket(EntryKind kind) const;
    // The list eval rows of `kind` go to; nothing when the edition has none for it.
    std::optional<std::string> eval_bucket(EntryKind kind) const;

    // A generator row of `kind` laid out as the processor printed it. A field the model lacks is
    // a bug of sweepc's (the processor's models forbid extra fields), reported by throwing.
    nlohmann::ordered_json row(EntryKind kind, const nlohmann::ordered_json& generator_row) const;
    // Whether the edition's changelog entries have the field (append-only, scenario-type, …).
    bool entry_has_field(std::string_view field) const;
    // A changelog entry as written (YAML as JSON), laid out as changelog_metadata lists it.
    nlohmann::ordered_json metadata_entry(const nlohmann::ordered_json& written) const;

private:
    ChangelogLayout(const Edition& edition);

    const Edition& edition_;
    nlohmann::ordered_json matrix_schema_;
    nlohmann::ordered_json entry_schema_;
    std::vector<std::pair<std::string, Bucket>> buckets_;
    std::vector<std::pair<std::string, std::string>> throughput_buckets_;  // definition -> bucket
    std::vector<std::pair<std::string, std::string>> eval_buckets_;        // definition -> bucket
};

}  // namespace sweepc
