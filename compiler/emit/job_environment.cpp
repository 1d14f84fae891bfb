#include "emit/job_environment.h"

#include <string_view>

#include <nlohmann/json.hpp>

#include "emit/matrix_entry.h"
#include "schema/embedded_schemas.h"

namespace sweepc {
namespace {

using nlohmann::ordered_json;

constexpr const char* data_file = "job-environment.json";

// The compiled-in configs/job-environment.json. It is sweepc's own data, checked by the tests that
// emit every entry kind; a malformed copy is a build defect, so it throws rather than reports.
const ordered_json& job_environment_data() {
    static const ordered_json data = ordered_json::parse(embedded_schemas().at(data_file));
    return data;
}

const ordered_json* variables_for(const Run& run) {
    const ordered_json& data = job_environment_data();
    const std::optional<std::string_view> definition = run.edition->entry_definition(run.kind);
    if (!definition) return nullptr;
    auto edition = data.find(std::string(run.edition->name));
    if (edition == data.end()) return nullptr;
    auto kind = edition->find(std::string(*definition));
    return kind == edition->end() ? nullptr : &*kind;
}

// The field at a dotted path ("prefill.tp"), or nullptr when absent.
const ordered_json* field_at(const ordered_json& entry, std::string_view path) {
    const ordered_json* at = &entry;
    while (!path.empty()) {
        const std::size_t dot = path.find('.');
        const std::string key(path.substr(0, dot));
        if (!at->is_object()) return nullptr;
        auto found = at->find(key);
        if (found == at->end()) return nullptr;
        at = &*found;
        path = dot == std::string_view::npos ? std::string_view() : path.substr(dot + 1);
    }
    return at->is_null() ? nullptr : at;
}

// A value as `${{ … }}` renders it in a workflow: strings as they are, booleans true/false, numbers
// in decimal.
std::string rendered(const ordered_json& value) {
    if (value.is_string()) return value.get<std::string>();
    if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
    return value.dump();
}

std::string joined(const ordered_json* list, const std::string& separator) {
    std::string out;
    if (list == nullptr || !list->is_array()) return out;
    for (std::size_t i = 0; i < list->size(); ++i) out += (i > 0 ? separator : "") + rendered((*list)[i]);
    return out;
}

bool is_true(const ordered_json* value) { return value != nullptr && value->is_boolean() && value->get<bool>(); }

std::string text_value(const ordered_json& spec, const ordered_json& entry) {
    if (spec.contains("value")) return spec.at("value").get<std::string>();
    if (spec.contains("join")) {
        if (spec.contains("when") && !is_true(field_at(entry, spec.at("when").get<std::string>()))) {
            const ordered_json* other = field_at(entry, spec.at("else").get<std::string>());
            return other != nullptr ? rendered(*other) : std::string();
        }
        return joined(field_at(entry, spec.at("join").get<std::string>()), spec.at("separator").get<std::string>());
    }
    if (spec.contains("first")) {
        const ordered_json* list = field_at(entry, spec.at("first").get<std::string>());
        return list != nullptr && list->is_array() && !list->empty() ? rendered(list->front()) : std::string();
    }
    if (spec.contains("json")) {
        // GitHub's toJSON pretty-prints with two-space indentation.
        const ordered_json* value = field_at(entry, spec.at("json").get<std::string>());
        return value != nullptr ? value->dump(2) : std::string();
    }
    const ordered_json* value = field_at(entry, spec.at("from").get<std::string>());
    if (value != nullptr) return rendered(*value);
    return spec.contains("default") ? spec.at("default").get<std::string>() : std::string();
}

}  // namespace

std::optional<std::string> exportable_setting_name(const std::string& item) {
    const std::size_t equals = item.find('=');
    if (equals == 0 || equals == std::string::npos) return std::nullopt;
    for (std::size_t i = 0; i < equals; ++i) {
        const char c = item[i];
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        if (!letter && !(i > 0 && c >= '0' && c <= '9')) return std::nullopt;
    }
    for (char c : item) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return std::nullopt;
    }
    return item.substr(0, equals);
}

bool exports_worker_settings(const Run& run) {
    const ordered_json* variables = variables_for(run);
    if (variables == nullptr) return false;
    for (const ordered_json& spec : *variables) {
        if (spec.contains("settings")) return true;
    }
    return false;
}

std::optional<std::vector<JobVariable>> job_environment(const Run& run) {
    const ordered_json* variables = variables_for(run);
    if (variables == nullptr) return std::nullopt;
    const ordered_json entry = matrix_entry(run);
    std::vector<JobVariable> out;
    for (const ordered_json& spec : *variables) {
        JobVariable variable;
        if (spec.contains("settings")) {
            variable.kind = JobValueKind::settings;
            const ordered_json* items = field_at(entry, spec.at("settings").get<std::string>());
            if (items != nullptr && items->is_array()) {
                for (const ordered_json& item : *items) {
                    const std::string text = rendered(item);
                    // value_safety refuses items that are not NAME=value before any script is written.
                    if (std::optional<std::string> name = exportable_setting_name(text)) {
                        variable.assignments.emplace_back(*name, text.substr(name->size() + 1));
                    }
                }
            }
            out.push_back(std::move(variable));
            continue;
        }
        variable.name = spec.at("name").get<std::string>();
        if (spec.contains("shell")) {
            variable.kind = JobValueKind::shell;
            variable.value = spec.at("shell").get<std::string>();
        } else if (spec.contains("node")) {
            variable.kind = JobValueKind::node;
            variable.value = run.runner;
        } else {
            variable.value = text_value(spec, entry);
        }
        out.push_back(std::move(variable));
    }
    return out;
}

}  // namespace sweepc
