#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace sweepc {

// SHA-256 (FIPS 180-4), for identifiers that must be the same on every machine and every run:
// finding fingerprints in baselines and SARIF. std::hash gives no such promise.
class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    // The digest of everything updated so far; the object is spent afterwards.
    std::array<std::uint8_t, 32> finish();

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> state_;
    std::array<std::uint8_t, 64> buffer_{};
    std::size_t buffered_ = 0;
    std::uint64_t total_bytes_ = 0;
};

// The lower-case hex digest of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace sweepc
