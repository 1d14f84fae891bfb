#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "source/diagnostic.h"
#include "source/render_sarif.h"
#include "source/source_map.h"

namespace sweepc {

// How a command prints its diagnostics. Every subcommand offers the same --format choices so
// the pre-commit hook, CI and the review bot can switch format without knowing the command.
enum class OutputFormat { human, json, sarif, github };

// The --format spellings, in the order help text should list them.
inline constexpr std::array<std::string_view, 4> output_format_names = {"human", "json", "sarif", "github"};

// Exact, lower-case names only; anything else is nullopt so the CLI can report a usage error.
std::optional<OutputFormat> parse_output_format(std::string_view name);
std::string_view output_format_name(OutputFormat format);

// Renders with the chosen format. `sources` and `color` only affect the human format (source
// excerpts and ANSI colours); the machine formats never colour. `sarif` describes the rules and
// the source root of the SARIF log.
std::string render(OutputFormat format, const Diagnostics& diagnostics, const SourceMap& sources,
                   bool color = false, const SarifOptions& sarif = {});

}  // namespace sweepc
