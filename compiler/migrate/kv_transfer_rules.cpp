#include "migrate/kv_transfer_rules.h"

#include "plan/config_key_glob.h"

namespace sweepc::migrate {

std::optional<KvTransferRule> parse_kv_transfer_rule(std::string_view value, std::string& error) {
    KvTransferRule rule;
    rule.option = std::string(value);
    const std::size_t equals = value.rfind('=');
    if (equals != std::string_view::npos) {
        rule.pattern = std::string(value.substr(0, equals));
        value.remove_prefix(equals + 1);
        if (rule.pattern.empty()) {
            error = "the config pattern before '=' is empty; write BACKEND alone to apply it to every config";
            return std::nullopt;
        }
    }
    if (value.empty()) {
        error = "the backend name is empty; give one such as nixl, mooncake or mori";
        return std::nullopt;
    }
    for (char c : value) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            error = "the backend name contains a control character";
            return std::nullopt;
        }
    }
    rule.backend = std::string(value);
    return rule;
}

const KvTransferRule* find_kv_transfer_rule(const std::vector<KvTransferRule>& rules, std::string_view config_name) {
    for (const KvTransferRule& rule : rules) {
        if (rule.pattern.empty() || glob_match(rule.pattern, config_name)) return &rule;
    }
    return nullptr;
}

}  // namespace sweepc::migrate
