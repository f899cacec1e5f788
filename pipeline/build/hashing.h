// SHA-256 content hashes for the manifest and the incremental-build keys (OpenSSL).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace voortgang {

std::string Sha256Hex(std::string_view data);

/// The file's hash, or nullopt when it cannot be read.
std::optional<std::string> Sha256File(const std::string& path);

}  // namespace voortgang
