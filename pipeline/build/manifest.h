// <out>/<P>/manifest.json: for each output the hashes of the exact inputs it was made from and
// of the output itself, so a rebuild can skip what has not changed. Also a stat cache of input
// files (size, mtime) so unchanged files need not be hashed again.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace voortgang {

struct FileHash {
  std::string path;  ///< as the build saw it (inputs dir joined with the relative path)
  std::string sha256;
  friend bool operator==(const FileHash&, const FileHash&) = default;
};

struct ManifestOutput {
  std::string key;     ///< hash over everything below plus the program version
  std::string sha256;  ///< of the output file as written
  /// Of the output file as written: while they are unchanged the file is not hashed again to
  /// see that it is still the one written (as for inputs). 0 when unknown.
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::vector<FileHash> inputs;
  std::string template_name;
  std::string house_style;
  friend bool operator==(const ManifestOutput&, const ManifestOutput&) = default;
};

struct StatEntry {
  int64_t size = 0;
  int64_t mtime_ns = 0;
  std::string sha256;
  friend bool operator==(const StatEntry&, const StatEntry&) = default;
};

struct Manifest {
  std::string version;
  std::string period;
  std::map<std::string, ManifestOutput> outputs;  ///< by path relative to <out>/<P>/
  std::map<std::string, StatEntry> files;         ///< stat cache by input path
  friend bool operator==(const Manifest&, const Manifest&) = default;
};

enum class Links { kFollow, kRefuse };
/// Size and modification time of a file (without its hash); nullopt when it is not there, and
/// with Links::kRefuse also when the path itself is not a regular file (a symbolic link, say).
std::optional<StatEntry> StatOf(const std::string& path, Links links = Links::kFollow);

/// Reads a manifest; a missing or unreadable one is an empty manifest (everything rebuilds).
Manifest ReadManifest(const std::string& path);

std::string ManifestJson(const Manifest& manifest);

}  // namespace voortgang
