#include "emit/matrix_split.h"

#include <fmt/format.h>

#include "emit/matrix_entry.h"
#include "emit/python_json.h"
#include "plan/sequence_length.h"

namespace sweepc {
namespace {

const char* node_kind_of(const Run& run) { return run.multinode ? "multi-node" : "single-node"; }

std::vector<const Run*> select_runs(const std::vector<Run>& runs, std::string_view node_kind,
                                    std::string_view bucket) {
    std::vector<const Run*> selected;
    for (const Run& run : runs) {
        if (node_kind_of(run) != node_kind) continue;
        if (!bucket.empty() && sequence_length_bucket(run) != bucket) continue;
        selected.push_back(&run);
    }
    return selected;
}

}  // namespace

std::string sequence_length_bucket(const Run& run) {
    if (run.agentic) return "agentic";
    const std::string name = sequence_length_name(*run.edition, run.isl, run.osl);
    return parse_sequence_length(*run.edition, name) ? name : "other";
}

std::vector<std::string> sequence_length_buckets(const Edition& edition) {
    std::vector<std::string> buckets;
    for (const NamedSequenceLength& length : edition.sequence_lengths) buckets.emplace_back(length.name);
    if (!edition.agentic_blocks_path.empty()) buckets.emplace_back("agentic");
    buckets.emplace_back("other");
    return buckets;
}

std::string MatrixPart::part_name() const { return parts == 1 ? name : fmt::format("{}-part-{}", name, part); }

std::vector<MatrixPart> split_matrix(const std::string& name, const std::string& node_kind, const std::string& bucket,
                                     const std::vector<const Run*>& runs, std::size_t max_jobs) {
    const std::size_t limit = max_jobs == 0 ? 1 : max_jobs;
    // Rounded up without `size + limit - 1`, which wraps around for a limit near 2^64.
    const std::size_t parts = runs.empty() ? 1 : (runs.size() - 1) / limit + 1;
    const std::size_t base = runs.size() / parts;
    const std::size_t larger = runs.size() % parts;  // the first `larger` parts take one more
    std::vector<MatrixPart> out;
    std::size_t next = 0;
    for (std::size_t index = 0; index < parts; ++index) {
        MatrixPart part{name, node_kind, bucket, index + 1, parts, {}};
        const std::size_t size = base + (index < larger ? 1 : 0);
        using Offset = std::vector<const Run*>::difference_type;
        part.runs.assign(runs.begin() + static_cast<Offset>(next), runs.begin() + static_cast<Offset>(next + size));
        next += size;
        out.push_back(std::move(part));
    }
    return out;
}

std::vector<MatrixPart> bucket_matrices(const std::vector<Run>& runs, const Edition& edition, std::size_t max_jobs,
                                        bool keep_empty) {
    std::vector<MatrixPart> out;
    for (const char* node_kind : {"single-node", "multi-node"}) {
        for (const std::string& bucket : sequence_length_buckets(edition)) {
            std::vector<const Run*> selected = select_runs(runs, node_kind, bucket);
            if (selected.empty() && !keep_empty) continue;
            for (MatrixPart& part :
                 split_matrix(fmt::format("{}-{}", node_kind, bucket), node_kind, bucket, selected, max_jobs)) {
                out.push_back(std::move(part));
            }
        }
    }
    return out;
}

std::vector<MatrixPart> node_kind_matrices(const std::vector<Run>& runs, std::size_t max_jobs) {
    std::vector<MatrixPart> out;
    for (const char* node_kind : {"single-node", "multi-node"}) {
        for (MatrixPart& part : split_matrix(node_kind, node_kind, "", select_runs(runs, node_kind, ""), max_jobs)) {
            out.push_back(std::move(part));
        }
    }
    return out;
}

std::string matrix_json(const std::vector<const Run*>& runs) {
    std::string out = "[";
    for (std::size_t i = 0; i < runs.size(); ++i) {
        if (i > 0) out += ", ";
        append_python_json(out, matrix_entry(*runs[i]));
    }
    out += "]";
    return out;
}

}  // namespace sweepc
