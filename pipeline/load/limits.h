// Limits that protect the user's machine from absurd input; each is reported as an error.
#pragma once

#include <cstddef>

namespace voortgang {

inline constexpr std::size_t kMaxFileBytes = 32u << 20;   ///< one TOML file: 32 MiB
inline constexpr std::size_t kMaxTextBytes = 256u << 10;  ///< one text field: 256 KiB
inline constexpr std::size_t kMaxUnits = 5000;            ///< unit folders in one tree
inline constexpr std::size_t kMaxRecordsPerArray = 100000;  ///< e.g. [[thema]] or [[boeking]] entries
/// Keys, tables, arrays and inline tables inside each other (a.b.c = [{ d = 1 }] is 5 deep).
/// toml++ stops arrays and inline tables at 256 itself but recurses without limit on dotted
/// keys and [a.b.c] headers; text_check.cc enforces this before toml++ sees the text.
inline constexpr int kMaxNesting = 256;
/// [[actielijn]] entries in programma.toml: every unit carries a figure for each, so a
/// programma with 100 000 of them times 5000 units would need tens of gigabytes.
inline constexpr std::size_t kMaxActielijnen = 100;
/// Diagnostics from one file; a file with a million bad keys is reported by its first ones.
inline constexpr std::size_t kMaxDiagnosticsPerFile = 1000;

}  // namespace voortgang
