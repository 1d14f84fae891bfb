# Writes a C++ file holding every schemas/**/*.json, and the default data files, as strings keyed
# by their path under schemas/ ("diagnostics.schema.json", "2026-08/runners.schema.json": one folder
# per edition) or, for data files, by file name.
file(GLOB_RECURSE schema_files RELATIVE ${SCHEMA_DIR} ${SCHEMA_DIR}/*.json)
list(SORT schema_files)
set(body "")
foreach(name ${schema_files})
  file(READ ${SCHEMA_DIR}/${name} text)
  set(body "${body}    {\"${name}\", R\"sweepc_schema(${text})sweepc_schema\"},\n")
endforeach()
# Default data that sweepc needs wherever it runs (a suite checkout has no configs/ of ours).
string(REPLACE "|" ";" data_files "${DATA_FILES}")
foreach(data_file ${data_files})
  get_filename_component(name ${data_file} NAME)
  file(READ ${data_file} text)
  set(body "${body}    {\"${name}\", R\"sweepc_schema(${text})sweepc_schema\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp
"// Generated from schemas/**/*.json by cmake/EmbedSchemas.cmake. Do not edit.
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
