// libxlsxwriter zips a workbook's parts at zlib's default level (6) and has no setting for it,
// and that deflating was a third of a workbook's time. The program therefore defines
// zipOpenNewFileInZip4_64, the minizip function through which libxlsxwriter opens each part,
// and passes the call on to minizip's with level 1: at national scale the workbooks come out
// 11 % larger and take 16 % fewer instructions to write, and their parts unzip to the same
// bytes. A program gets this by linking voortgang_xlsx_zip_level (CMakeLists.txt), which
// exports the function so that the dynamic linker binds libxlsxwriter's calls to it.
// VOORTGANG_XLSX_ZIP_DEFAULT=1 keeps libxlsxwriter's level, so a test can compare both.
#include <dlfcn.h>
#include <minizip/zip.h>
#include <zlib.h>

#include <cstdlib>

// The declaration in minizip/zip.h: a definition that did not match it would not compile.
extern "C" int zipOpenNewFileInZip4_64(zipFile file, const char* filename,
                                       const zip_fileinfo* zipfi, const void* extrafield_local,
                                       uInt size_extrafield_local, const void* extrafield_global,
                                       uInt size_extrafield_global, const char* comment,
                                       int method, int level, int raw, int windowBits,
                                       int memLevel, int strategy, const char* password,
                                       uLong crcForCrypting, uLong versionMadeBy, uLong flagBase,
                                       int zip64) {
  using Open = decltype(&zipOpenNewFileInZip4_64);
  // The next definition after the program's own: libminizip's, which libxlsxwriter loaded.
  static const Open minizip = reinterpret_cast<Open>(dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64"));
  static const bool keep_level = std::getenv("VOORTGANG_XLSX_ZIP_DEFAULT") != nullptr;
  if (!minizip) return ZIP_INTERNALERROR;
  if (!keep_level && method == Z_DEFLATED && level == Z_DEFAULT_COMPRESSION) level = 1;
  return minizip(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                 size_extrafield_global, comment, method, level, raw, windowBits, memLevel,
                 strategy, password, crcForCrypting, versionMadeBy, flagBase, zip64);
}
