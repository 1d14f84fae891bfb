#include "plan/sequence_length.h"

#include <array>

#include <fmt/format.h>

namespace sweepc {
namespace {

struct NamedSequenceLength {
    const char* name;
    std::int64_t isl;
    std::int64_t osl;
};

constexpr std::array named_sequence_lengths{
    NamedSequenceLength{"1k1k", 1024, 1024},
    NamedSequenceLength{"1k8k", 1024, 8192},
    NamedSequenceLength{"8k1k", 8192, 1024},
};

}  // namespace

std::optional<std::pair<std::int64_t, std::int64_t>> parse_sequence_length(std::string_view name) {
    for (const auto& named : named_sequence_lengths) {
        if (name == named.name) return std::pair{named.isl, named.osl};
    }
    return std::nullopt;
}

std::string sequence_length_name(std::int64_t isl, std::int64_t osl) {
    for (const auto& named : named_sequence_lengths) {
        if (isl == named.isl && osl == named.osl) return named.name;
    }
    return fmt::format("{}_{}", isl, osl);
}

}  // namespace sweepc
