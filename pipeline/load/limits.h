// Limits that protect the user's machine from absurd input; each is reported as an error.
#pragma once

#include <cstddef>

namespace voortgang {

inline constexpr std::size_t kMaxFileBytes = 32u << 20;   ///< one TOML file: 32 MiB
inline constexpr std::size_t kMaxTextBytes = 256u << 10;  ///< one text field: 256 KiB
inline constexpr std::size_t kMaxUnits = 5000;            ///< unit folders in one tree
inline constexpr std::size_t kMaxRecordsPerArray = 100000;  ///< e.g. [[thema]] or [[boeking]] entries
// Nesting depth is limited by toml++ itself (TOML_MAX_NESTED_VALUES, 256).

}  // namespace voortgang
