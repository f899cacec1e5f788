// Regular-file checks for the files a house style names.
#include "pipeline/load/logo_check.h"

#include <sys/stat.h>

namespace voortgang {

std::string RegularFileProblem(const std::string& path, std::uintmax_t max_bytes) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return "file not found";
  if (!S_ISREG(st.st_mode)) return "not a regular file";
  if (static_cast<std::uintmax_t>(st.st_size) > max_bytes) {
    return "larger than the limit of " + std::to_string(max_bytes >> 20) + " MiB";
  }
  return "";
}

}  // namespace voortgang
