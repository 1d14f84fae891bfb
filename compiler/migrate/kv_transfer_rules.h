#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sweepc::migrate {

// One `--kv-p2p-transfer [CONFIG-GLOB=]BACKEND`: the KV transfer backend (nixl, mooncake, mori,
// ...) to declare on the disaggregated multi-node configs it matches. 2026-08 requires one on
// every `disagg: true` config and 2026-03 has no field for it, so only the user can say which.
struct KvTransferRule {
    std::string pattern;  // fnmatch glob over config names; empty matches every config
    std::string backend;
    std::string option;  // as given, for messages
};

// Parses one option value; on failure returns nothing and says why in `error`.
std::optional<KvTransferRule> parse_kv_transfer_rule(std::string_view value, std::string& error);

// The first rule that matches `config_name`, or nullptr.
const KvTransferRule* find_kv_transfer_rule(const std::vector<KvTransferRule>& rules, std::string_view config_name);

}  // namespace sweepc::migrate
