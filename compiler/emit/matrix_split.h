#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "plan/run.h"

namespace sweepc {

// GitHub Actions refuses a job matrix of more than 256 entries, at run time.
inline constexpr std::size_t default_max_jobs = 256;

// The bucket of a run: its sequence length when the edition names it ("1k1k", "8k1k", …),
// "agentic" for an agentic-coding run (which has none; the suite's changelog processor keys them
// so beside the sequence lengths), "other" for anything else.
std::string sequence_length_bucket(const Run& run);
// An edition's buckets in output order: its named sequence lengths, "agentic" when it has agentic
// runs, "other".
std::vector<std::string> sequence_length_buckets(const Edition& edition);

// One matrix the way a workflow consumes it: `name` is "single-node", "multi-node",
// "single-node-1k1k", ...; parts of a matrix too large for --max-jobs are numbered from 1.
struct MatrixPart {
    std::string name;       // the matrix this is a part of
    std::string node_kind;  // single-node or multi-node
    std::string bucket;     // a sequence-length bucket, or empty for the whole node kind
    std::size_t part = 1;
    std::size_t parts = 1;
    std::vector<const Run*> runs;

    // "<name>" when the matrix fits in one part, "<name>-part-<n>" otherwise.
    std::string part_name() const;
};

// Splits `runs` into parts of at most `max_jobs`, in the order given. The parts are contiguous
// slices of that order and as even as possible (sizes differ by at most one), so a sweep one job
// over the limit gives two halves, not a full part and a part of one. An empty list gives one
// empty part, so every matrix a workflow refers to exists.
std::vector<MatrixPart> split_matrix(const std::string& name, const std::string& node_kind, const std::string& bucket,
                                     const std::vector<const Run*>& runs, std::size_t max_jobs);

// Every run exactly once: single-node then multi-node, each by the edition's buckets (2026-03:
// 1k1k, 1k8k, 8k1k, other; 2026-08: 1k1k, 8k1k, agentic, other), each split under `max_jobs`.
// Buckets without runs are left out unless `keep_empty`, which gives them one empty part (GitHub
// outputs keep every key so a workflow can refer to it).
std::vector<MatrixPart> bucket_matrices(const std::vector<Run>& runs, const Edition& edition, std::size_t max_jobs,
                                        bool keep_empty = false);

// The two whole node-kind matrices (single-node, multi-node), each split under `max_jobs`.
std::vector<MatrixPart> node_kind_matrices(const std::vector<Run>& runs, std::size_t max_jobs);

// The matrix text a workflow passes to fromJson: the generator's JSON list, one line.
std::string matrix_json(const std::vector<const Run*>& runs);

}  // namespace sweepc
