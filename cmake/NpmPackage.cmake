# Fetches a pinned npm package with `npm pack` and checks it against its pinned sha512 integrity
# (the `dist.integrity` the npm registry publishes for that version) before anything uses it.
#
#   sweepc_fetch_npm_package(<name> <version> <integrity> <offline tarball> <out var>)
#
# sets <out var> to the path of the verified .tgz under ${CMAKE_BINARY_DIR}/_deps. When
# <offline tarball> names a file, that file is used instead of the registry (same check). A
# mismatch deletes the file and stops the configure step.

# An npm integrity string is `sha512-` and the base64 of the digest; CMake's file(SHA512) gives hex.
# Decoding here keeps the check independent of npm, which fetched the file being checked.
function(sweepc_integrity_to_hex integrity out_var)
  if(NOT integrity MATCHES "^sha512-([A-Za-z0-9+/]+=*)$")
    message(FATAL_ERROR "Pinned integrity '${integrity}' is not a sha512 SRI string")
  endif()
  string(REGEX REPLACE "=+$" "" base64 "${CMAKE_MATCH_1}")
  set(alphabet "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
  set(hex_digits "0123456789abcdef")
  set(bits 0)
  set(bit_count 0)
  set(hex "")
  string(LENGTH "${base64}" length)
  math(EXPR last "${length} - 1")
  foreach(index RANGE 0 ${last})
    string(SUBSTRING "${base64}" ${index} 1 char)
    string(FIND "${alphabet}" "${char}" value)
    math(EXPR bits "((${bits} << 6) | ${value}) & 0xFFFF")
    math(EXPR bit_count "${bit_count} + 6")
    # Emit whole hex digits (4 bits each) as soon as they are complete.
    while(bit_count GREATER_EQUAL 4)
      math(EXPR bit_count "${bit_count} - 4")
      math(EXPR nibble "(${bits} >> ${bit_count}) & 15")
      string(SUBSTRING "${hex_digits}" ${nibble} 1 digit)
      string(APPEND hex "${digit}")
    endwhile()
  endforeach()
  # A sha512 digest is 64 bytes = 128 hex digits; base64 padding leaves partial digits past that.
  string(SUBSTRING "${hex}" 0 128 hex)
  set(${out_var} "${hex}" PARENT_SCOPE)
endfunction()

function(sweepc_fetch_npm_package name version integrity offline_tarball out_var)
  # A scoped name (@scope/pkg) packs to scope-pkg-<version>.tgz.
  string(REGEX REPLACE "^@" "" file_stem "${name}")
  string(REPLACE "/" "-" file_stem "${file_stem}")
  set(dir "${CMAKE_BINARY_DIR}/_deps/${file_stem}-${version}")
  set(tarball "${dir}/${file_stem}-${version}.tgz")
  sweepc_integrity_to_hex("${integrity}" expected_sha512)
  file(MAKE_DIRECTORY "${dir}")

  if(offline_tarball)
    file(COPY_FILE "${offline_tarball}" "${tarball}" ONLY_IF_DIFFERENT)
  elseif(NOT EXISTS "${tarball}")
    find_program(SWEEPC_NPM_EXECUTABLE npm)
    if(NOT SWEEPC_NPM_EXECUTABLE)
      message(FATAL_ERROR
        "sweepc needs npm to fetch ${name}@${version}. Install it (Debian: apt-get install nodejs npm) "
        "or pass the .tgz with the offline option named in the CMake file that fetches it.")
    endif()
    message(STATUS "Fetching ${name}@${version} with npm pack")
    execute_process(
      COMMAND "${SWEEPC_NPM_EXECUTABLE}" pack "${name}@${version}" --pack-destination "${dir}" --silent
      WORKING_DIRECTORY "${dir}"
      RESULT_VARIABLE npm_result
      OUTPUT_VARIABLE npm_output
      ERROR_VARIABLE npm_output)
    if(NOT npm_result EQUAL 0 OR NOT EXISTS "${tarball}")
      message(FATAL_ERROR
        "npm pack ${name}@${version} failed (${npm_result}):\n${npm_output}\n"
        "Check network access to the npm registry, or pass the .tgz with the offline option.")
    endif()
  endif()

  file(SHA512 "${tarball}" actual_sha512)
  if(NOT actual_sha512 STREQUAL expected_sha512)
    # Remove the file so the next configure fetches afresh instead of failing on the same bytes.
    file(REMOVE "${tarball}")
    message(FATAL_ERROR
      "${file_stem}-${version}.tgz does not match its pinned integrity hash.\n"
      "  expected sha512: ${expected_sha512}\n"
      "  actual sha512:   ${actual_sha512}\n"
      "The file was deleted and nothing from it was used. If the pin is right, the download was "
      "corrupted or tampered with; re-run cmake to fetch it again.")
  endif()
  set(${out_var} "${tarball}" PARENT_SCOPE)
endfunction()
