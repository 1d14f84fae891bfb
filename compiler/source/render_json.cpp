#include "source/render_json.h"

#include <nlohmann/json.hpp>

namespace sweepc {

std::string render_json(const Diagnostics& diagnostics) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Diagnostic& d : diagnostics.all()) {
        nlohmann::ordered_json entry;
        entry["rule"] = d.rule;
        entry["severity"] = severity_name(d.severity);
        entry["file"] = d.location.file;
        entry["line"] = d.location.line;
        entry["column"] = d.location.column;
        entry["end_line"] = d.location.end_line;
        entry["end_column"] = d.location.end_column;
        entry["message"] = d.message;
        if (d.fix) entry["fix"] = *d.fix;
        if (!d.fingerprint.empty()) entry["fingerprint"] = d.fingerprint;
        list.push_back(std::move(entry));
    }
    // Messages can quote bytes from the input file, which need not be UTF-8; replacing bad
    // sequences keeps a stray Latin-1 byte from turning a report into an exception.
    return list.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace sweepc
