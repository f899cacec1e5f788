// The renderers wired into the build stage's function slots: the one place, with main.cc, that
// knows both renderers. A library of its own so tests can build in-process as the CLI does.
#pragma once

#include "pipeline/build/build.h"

namespace voortgang {

Renderers MakeRenderers();

/// Process-wide settings of the renderers' libraries, read from the environment: call at the
/// start of main, before any thread starts (see pdf::SkipCairoContentCompression).
void PrepareRenderers();

}  // namespace voortgang
