#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace sweepc::migrate {

// Lexical steps over YAML source text. The located tree of load/ says where a node starts; these
// find where its text ends (the tree keeps no end for collections) without a second parser.
// Every rewrite is re-parsed and compared with the intended tree afterwards, so a layout these
// steps misjudge is refused, never written.

// Skips spaces, tabs, line breaks and comments from `pos`.
std::size_t skip_separation(std::string_view text, std::size_t pos);

// Skips separation and the node's properties (anchor `&name`, tag `!tag`) from `pos`: the offset
// of the node's content (`[`, `{`, `-`, `*`, a scalar's first character), or the end of the text.
std::size_t skip_to_node_content(std::string_view text, std::size_t pos);

// `text[pos]` opens a flow collection (`[` or `{`): the offset just past the bracket that closes
// it, or nothing when the text ends first.
std::optional<std::size_t> flow_collection_end(std::string_view text, std::size_t pos);

// `text[pos]` opens a quoted scalar (`"` or `'`): the offset just past its closing quote, or the
// end of the text when it has none.
std::size_t quoted_scalar_end(std::string_view text, std::size_t pos);

// `text[pos]` starts an alias, anchor or tag (`*name`, `&name`, `!tag`): the offset just past it.
std::size_t property_token_end(std::string_view text, std::size_t pos);

// `text[pos]` is `-` starting a block sequence entry (followed by a space or a line break).
bool is_block_sequence_entry(std::string_view text, std::size_t pos);

}  // namespace sweepc::migrate
