#include "plan/sequence_length.h"

#include <fmt/format.h>

namespace sweepc {

std::optional<std::pair<std::int64_t, std::int64_t>> parse_sequence_length(const Edition& edition,
                                                                            std::string_view name) {
    if (const NamedSequenceLength* named = edition.find_sequence_length(name)) return std::pair{named->isl, named->osl};
    return std::nullopt;
}

std::string sequence_length_name(const Edition& edition, std::int64_t isl, std::int64_t osl) {
    for (const NamedSequenceLength& named : edition.sequence_lengths) {
        if (isl == named.isl && osl == named.osl) return std::string(named.name);
    }
    return fmt::format("{}_{}", isl, osl);
}

}  // namespace sweepc
