// libxlsxwriter writes each XML part of a workbook to a temporary file, reads it back to zip it
// and closes it: about 20 files per workbook, each created, unlinked, written, rewound and read
// through the kernel. The program therefore defines lxw_tmpfile, the libxlsxwriter function
// that opens those files, and returns a stream over memory instead (glibc's fopencookie): the
// same bytes reach the zip without a system call. A program gets this by linking
// voortgang_xlsx_parts_in_memory (CMakeLists.txt), which exports the function so that the
// dynamic linker binds libxlsxwriter's calls to it. VOORTGANG_XLSX_TMPFILES=1 keeps
// libxlsxwriter's files, so a test can compare both.
#include <dlfcn.h>
#include <stdio.h>
#include <sys/types.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

namespace {

struct Part {
  std::string bytes;
  std::size_t at = 0;
};

ssize_t Read(void* cookie, char* buffer, std::size_t size) {
  Part& p = *static_cast<Part*>(cookie);
  std::size_t n = p.at < p.bytes.size() ? std::min(size, p.bytes.size() - p.at) : 0;
  std::memcpy(buffer, p.bytes.data() + p.at, n);
  p.at += n;
  return static_cast<ssize_t>(n);
}

ssize_t Write(void* cookie, const char* buffer, std::size_t size) {
  Part& p = *static_cast<Part*>(cookie);
  try {
    if (p.at > p.bytes.size()) p.bytes.resize(p.at);  // written after a seek past the end
    std::size_t over = std::min(size, p.bytes.size() - p.at);
    p.bytes.replace(p.at, over, buffer, size);
  } catch (const std::bad_alloc&) {
    errno = ENOMEM;
    return -1;  // glibc reports a failed write to the caller as an error on the stream
  }
  p.at += size;
  return static_cast<ssize_t>(size);
}

int Seek(void* cookie, off64_t* offset, int whence) {
  Part& p = *static_cast<Part*>(cookie);
  off64_t base = whence == SEEK_SET   ? 0
                 : whence == SEEK_CUR ? static_cast<off64_t>(p.at)
                 : whence == SEEK_END ? static_cast<off64_t>(p.bytes.size())
                                      : -1;
  if (base < 0 || base + *offset < 0) {
    errno = EINVAL;
    return -1;
  }
  p.at = static_cast<std::size_t>(base + *offset);
  *offset = static_cast<off64_t>(p.at);
  return 0;
}

int Close(void* cookie) {
  delete static_cast<Part*>(cookie);
  return 0;
}

}  // namespace

// The declaration in xlsxwriter/utility.h.
extern "C" FILE* lxw_tmpfile(char* tmpdir) {
  using Open = FILE* (*)(char*);
  static const bool keep_files = std::getenv("VOORTGANG_XLSX_TMPFILES") != nullptr;
  if (keep_files) {
    // The next definition after the program's own: libxlsxwriter's.
    static const Open library = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "lxw_tmpfile"));
    return library ? library(tmpdir) : nullptr;
  }
  Part* part = new (std::nothrow) Part;
  if (!part) return nullptr;
  FILE* file = fopencookie(part, "w+", cookie_io_functions_t{Read, Write, Seek, Close});
  if (!file) delete part;
  return file;
}
