// What a house style may name as a file: a regular file of bounded size (a device such as
// /dev/zero would be read and hashed for ever), and a logo of bounded pixels.
#pragma once

#include <cstdint>
#include <string>

namespace voortgang {

inline constexpr uint32_t kMaxLogoPixels = 4096;           ///< per side
inline constexpr std::uintmax_t kMaxStyleFileBytes = 32u << 20;

/// "" when `path` is a regular file of at most `max_bytes`; else what is wrong with it.
std::string RegularFileProblem(const std::string& path, std::uintmax_t max_bytes);


}  // namespace voortgang
