// The floor for `sweepc matrix`: the cost of only reading and parsing the same YAML files with
// yaml-cpp's own tree loader, and nothing else. tests/bench/bench.sh reports sweepc's time as a
// ratio to this program's, measured in the same run.
#include <cstdio>
#include <exception>

#include <yaml-cpp/yaml.h>

int main(int argc, char** argv) {
    std::size_t nodes = 0;
    try {
        for (int i = 1; i < argc; ++i) {
            YAML::Node root = YAML::LoadFile(argv[i]);
            nodes += root.size();  // touch the result so the load cannot be dropped
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "sweepc_yaml_floor: %s\n", error.what());
        return 1;
    }
    std::printf("%zu top-level entries\n", nodes);
    return 0;
}
