# Writes a C++ file holding every schemas/*.json, and the default data files, as strings keyed by
# file name.
file(GLOB schema_files ${SCHEMA_DIR}/*.json)
list(SORT schema_files)
# Default data that sweepc needs wherever it runs (a suite checkout has no configs/ of ours).
string(REPLACE "|" ";" data_files "${DATA_FILES}")
list(APPEND schema_files ${data_files})
set(body "")
foreach(schema_file ${schema_files})
  get_filename_component(name ${schema_file} NAME)
  file(READ ${schema_file} text)
  set(body "${body}    {\"${name}\", R\"sweepc_schema(${text})sweepc_schema\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp
"// Generated from schemas/*.json by cmake/EmbedSchemas.cmake. Do not edit.
#include \"schema/embedded_schemas.h\"

namespace sweepc {

const std::map<std::string, std::string_view>& embedded_schemas() {
  static const std::map<std::string, std::string_view> schemas = {
${body}  };
  return schemas;
}

}  // namespace sweepc
")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
