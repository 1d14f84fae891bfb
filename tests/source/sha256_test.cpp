#include <catch2/catch.hpp>

#include "source/sha256.h"

// The FIPS 180-4 example messages, and lengths around the 56- and 64-byte padding boundaries.
TEST_CASE("sha256: known digests", "[source]") {
    CHECK(sweepc::sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sweepc::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sweepc::sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sweepc::sha256_hex(std::string(1000000, 'a')) ==
          "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    CHECK(sweepc::sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
    CHECK(sweepc::sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("sha256: feeding in pieces gives the same digest", "[source]") {
    const std::string text(200, 'x');
    sweepc::Sha256 pieces;
    pieces.update(text.substr(0, 1));
    pieces.update(text.substr(1, 70));
    pieces.update(text.substr(71));
    std::string hex;
    for (auto byte : pieces.finish()) {
        hex += "0123456789abcdef"[byte >> 4];
        hex += "0123456789abcdef"[byte & 15];
    }
    CHECK(hex == sweepc::sha256_hex(text));
}
