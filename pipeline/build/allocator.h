// How the process's allocator treats freed memory during a build.
#pragma once

namespace voortgang {

/// Keeps freed memory in the process instead of handing it back to the kernel at once.
/// Rendering allocates and frees blocks of a few hundred kB many times per document (zlib's
/// state for every workbook part and PDF stream, cairo's and Pango's buffers); with glibc's
/// defaults each one is returned and faulted in again, which made a deflate of a small
/// workbook part cost 75 µs instead of 4. Peak memory stays the same: only the release is
/// deferred. Call once, at the start of main.
void KeepFreedMemory();

}  // namespace voortgang
