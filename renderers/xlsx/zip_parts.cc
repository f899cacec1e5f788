// libxlsxwriter zips a workbook's parts through minizip, which deflates them with zlib at its
// default level (6); libxlsxwriter has no setting for it, and deflating was a third of a
// workbook's time. The program therefore defines the three minizip functions libxlsxwriter
// writes a part with (open, write, close), opens each part "raw" in minizip's own, collects the
// part's bytes, and at the close deflates them in one call with libdeflate (level 1, which is
// about twice as fast as zlib's level 1 and compresses better) and hands minizip the deflated
// bytes with their CRC and size. The parts unzip to the same bytes. A program gets this by
// linking voortgang_xlsx_zip_parts (CMakeLists.txt), which exports the functions so that the
// dynamic linker binds libxlsxwriter's calls to them. VOORTGANG_XLSX_ZIP_DEFAULT=1 leaves
// minizip and zlib to do it, so a test can compare both.
#include <dlfcn.h>
#include <libdeflate.h>
#include <minizip/zip.h>
#include <zlib.h>

#include <cstdlib>
#include <memory>
#include <new>
#include <string>

namespace {

template <typename F>
F Next(const char* name) {
  // The next definition after the program's own: libminizip's, which libxlsxwriter loaded.
  return reinterpret_cast<F>(dlsym(RTLD_NEXT, name));
}

const bool keep_zlib = std::getenv("VOORTGANG_XLSX_ZIP_DEFAULT") != nullptr;

struct CompressorFree {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

/// The part a thread is writing, when the program deflates it: libxlsxwriter writes one part
/// at a time, from open to close, on the thread that closes the workbook.
struct Part {
  zipFile file = nullptr;
  std::string bytes;
  std::string deflated;
  std::unique_ptr<libdeflate_compressor, CompressorFree> compressor;
};
thread_local Part part;

}  // namespace

// The declarations in minizip/zip.h: a definition that did not match them would not compile.
extern "C" int zipOpenNewFileInZip4_64(zipFile file, const char* filename,
                                       const zip_fileinfo* zipfi, const void* extrafield_local,
                                       uInt size_extrafield_local, const void* extrafield_global,
                                       uInt size_extrafield_global, const char* comment, int method,
                                       int level, int raw, int windowBits, int memLevel,
                                       int strategy, const char* password, uLong crcForCrypting,
                                       uLong versionMadeBy, uLong flagBase, int zip64) {
  static const auto open = Next<decltype(&zipOpenNewFileInZip4_64)>("zipOpenNewFileInZip4_64");
  if (!open) return ZIP_INTERNALERROR;
  bool ours = !keep_zlib && method == Z_DEFLATED && !raw && password == nullptr;
  if (ours && !part.compressor) part.compressor.reset(libdeflate_alloc_compressor(1));
  if (!part.compressor) ours = false;  // out of memory: zlib's way still works
  int err = open(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                 size_extrafield_global, comment, method, level, ours ? 1 : raw, windowBits,
                 memLevel, strategy, password, crcForCrypting, versionMadeBy, flagBase, zip64);
  part.file = ours && err == ZIP_OK ? file : nullptr;
  part.bytes.clear();
  return err;
}

extern "C" int zipWriteInFileInZip(zipFile file, const void* buf, unsigned len) {
  static const auto write = Next<decltype(&zipWriteInFileInZip)>("zipWriteInFileInZip");
  if (!write) return ZIP_INTERNALERROR;
  if (file != part.file || file == nullptr) return write(file, buf, len);
  try {
    part.bytes.append(static_cast<const char*>(buf), len);
  } catch (const std::bad_alloc&) {
    return ZIP_INTERNALERROR;  // no exception may cross into libxlsxwriter's C
  }
  return ZIP_OK;
}

extern "C" int zipCloseFileInZip(zipFile file) {
  static const auto close = Next<decltype(&zipCloseFileInZip)>("zipCloseFileInZip");
  static const auto write = Next<decltype(&zipWriteInFileInZip)>("zipWriteInFileInZip");
  static const auto close_raw = Next<decltype(&zipCloseFileInZipRaw64)>("zipCloseFileInZipRaw64");
  if (!close || !write || !close_raw) return ZIP_INTERNALERROR;
  if (file != part.file || file == nullptr) return close(file);
  part.file = nullptr;
  const std::string& bytes = part.bytes;
  std::size_t n = 0;
  try {
    part.deflated.resize(libdeflate_deflate_compress_bound(part.compressor.get(), bytes.size()));
    n = libdeflate_deflate_compress(part.compressor.get(), bytes.data(), bytes.size(),
                                    part.deflated.data(), part.deflated.size());
  } catch (const std::bad_alloc&) {
  }
  // n is 0 only when memory ran out (libdeflate's bound is always enough): the part is closed
  // and the error passed on, so that libxlsxwriter reports the workbook as failed.
  int err = n > 0 ? write(file, part.deflated.data(), static_cast<unsigned>(n)) : ZIP_INTERNALERROR;
  unsigned long crc = libdeflate_crc32(0, bytes.data(), bytes.size());
  int close_err = close_raw(file, bytes.size(), crc);
  return err != ZIP_OK ? err : close_err;
}
