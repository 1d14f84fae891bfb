// total-cpu-dram-gb as Python's decimal computes it; every expected value was computed with
// Python 3 `decimal` (28 digits): int(Decimal(A) * Decimal(1048576) * Decimal(str(u)) * Decimal(g)
// / Decimal(G) / Decimal(1000000000)).
#include <catch2/catch.hpp>

#include <cstdint>

#include "model/dram_budget.h"

using sweepc::dram_budget_gb;

TEST_CASE("KV offload budgets follow Python's decimal arithmetic", "[editions]") {
    CHECK(dram_budget_gb(2'861'022, 0.5, 8, 8) == 1499);    // the 3 TB cap, half of it
    CHECK(dram_budget_gb(860'160, 0.8, 2, 4) == 360);
    CHECK(dram_budget_gb(2'063'837, 0.1664, 3, 8) == 135);
    CHECK(dram_budget_gb(1'500'000, 0.21429, 1, 6) == 56);  // a quotient that does not terminate
    CHECK(dram_budget_gb(2'861'022, 1.0, 7, 7) == 2999);
    CHECK(dram_budget_gb(1, 0.086, 1, 3) == 0);
    CHECK(dram_budget_gb(1'999'999, 0.3333333333333333, 3, 3) == 699);
    CHECK(dram_budget_gb(2'861'022, 0.12345678901234568, 5, 7) == 264);  // 17 significant digits
    CHECK(dram_budget_gb(2'861'022, 1e-05, 8, 8) == 0);
    CHECK(dram_budget_gb(2'861'022, 5e-324, 1, 1) == 0);  // the smallest double
}

TEST_CASE("KV offload budgets do not overflow on absurd GPU counts", "[editions]") {
    // Products past 64 bits are exact: the arithmetic runs on unbounded integers.
    CHECK(dram_budget_gb(2'861'022, 0.95, INT64_MAX, INT64_MAX) == 2849);
    CHECK(dram_budget_gb(2'861'022, 0.1065, 1, INT64_MAX) == 0);
}
