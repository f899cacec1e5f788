// Where a loaded value came from, so a problem found stages later still points at the TOML line.
#pragma once

#include <string>

namespace voortgang {

struct SourceRef {
  std::string file;  ///< as given on the command line (inputs dir joined with the relative path)
  int line = 0;      ///< 1-based; 0 when the problem concerns the file as a whole
  int column = 0;    ///< 1-based
};

}  // namespace voortgang
