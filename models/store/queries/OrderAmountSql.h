#pragma once

namespace rapport::sql {

// The amount of one order line `l` in minor units: quantity × unit price less
// the discount. A return (negative quantity) gives back what was paid, so its
// discount counts the other way: -2 × 50.00 with 10.00 off is -90.00.
inline constexpr const char *OrderLineNet =
    "(l.quantity * l.unit_price - CASE WHEN l.quantity < 0 THEN -ifnull(l.discount, 0) ELSE ifnull(l.discount, 0) END)";

} // namespace rapport::sql
