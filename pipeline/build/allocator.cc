// glibc's malloc tuning for a batch build.
#include "pipeline/build/allocator.h"

#include <malloc.h>

namespace voortgang {

void KeepFreedMemory() {
  // Setting either value also stops glibc's own adjustment of them. 32 MiB is glibc's ceiling
  // for the mmap threshold on 64-bit systems; blocks that large are rare here.
  mallopt(M_TRIM_THRESHOLD, 32 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
}

}  // namespace voortgang
