#include <string>
#include <vector>

#include "cli/sweepc_app.h"

int main(int argc, char** argv) {
    sweepc::SweepcApp sweepc;
    return sweepc.run(std::vector<std::string>(argv + 1, argv + argc));
}
