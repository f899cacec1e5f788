// Helpers shared by the PDF renderer's tests: a hand-made PDF, the standard house style,
// rendering, a PDF in a temporary file for poppler's tools, and running those tools.
#pragma once

#include <unistd.h>

#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "pipeline/load/house_style_loader.h"
#include "pipeline/model/document.h"
#include "renderers/pdf/pdf_renderer.h"

namespace voortgang::pdf::test {

/// A PDF whose objects 1..n are `bodies`, written in reverse order (as cairo also writes
/// objects out of number order), with a classic cross-reference table.
inline std::string MiniPdf(const std::vector<std::string>& bodies) {
  std::string out = "%PDF-1.5\n%\xb5\xed\xae\xfb\n";
  std::vector<size_t> offsets(bodies.size() + 1);
  for (size_t n = bodies.size(); n >= 1; --n) {
    offsets[n] = out.size();
    out += std::to_string(n) + " 0 obj\n" + bodies[n - 1] + "\nendobj\n";
  }
  size_t xref = out.size();
  out += "xref\n0 " + std::to_string(bodies.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t n = 1; n <= bodies.size(); ++n) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offsets[n]);
    out += line;
  }
  return out + "trailer\n<< /Size " + std::to_string(bodies.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
}

inline HouseStyle Standard() {
  Diagnostics diags;
  return LoadHouseStyle(VOORTGANG_SOURCE_DIR "/templates/huisstijl/standaard.toml", &diags);
}

inline std::string Render(const doc::Document& d) {
  std::string error;
  Diagnostics warnings;
  std::string pdf = RenderPdf(d, Standard(), &warnings, &error);
  BOOST_REQUIRE_MESSAGE(!pdf.empty(), error);
  BOOST_TEST(warnings.items.empty());
  return pdf;
}

/// Writes `bytes` to a temporary file that lives as long as this object.
struct TempPdf {
  std::string path;
  explicit TempPdf(const std::string& bytes) {
    char name[] = "/tmp/voortgang_pdf_test_XXXXXX";
    int fd = mkstemp(name);
    BOOST_REQUIRE(fd >= 0);
    close(fd);
    path = name;
    std::ofstream(path, std::ios::binary) << bytes;
  }
  ~TempPdf() { std::remove(path.c_str()); }
};

/// Runs a shell command, returns its standard output; *status gets the exit status.
inline std::string Run(const std::string& command, int* status = nullptr) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  BOOST_REQUIRE(p);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  if (status) *status = rc;
  return out;
}

}  // namespace voortgang::pdf::test
