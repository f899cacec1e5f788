// One strong length type for the layout: PDF points inside, built from mm or pt at the edges.
#pragma once

#include <compare>

namespace voortgang::pdf {

struct Length {
  double pt = 0;

  constexpr Length operator+(Length o) const { return {pt + o.pt}; }
  constexpr Length operator-(Length o) const { return {pt - o.pt}; }
  constexpr Length operator-() const { return {-pt}; }
  constexpr Length operator*(double f) const { return {pt * f}; }
  constexpr Length operator/(double f) const { return {pt / f}; }
  constexpr double operator/(Length o) const { return pt / o.pt; }
  constexpr Length& operator+=(Length o) {
    pt += o.pt;
    return *this;
  }
  constexpr Length& operator-=(Length o) {
    pt -= o.pt;
    return *this;
  }
  constexpr auto operator<=>(const Length&) const = default;
};

constexpr Length Pt(double v) { return {v}; }
constexpr Length Mm(double v) { return {v * 72.0 / 25.4}; }
constexpr Length Max(Length a, Length b) { return a < b ? b : a; }
constexpr Length Min(Length a, Length b) { return a < b ? a : b; }

}  // namespace voortgang::pdf
