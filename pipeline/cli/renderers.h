// The renderers wired into the build stage's function slots: the one place, with main.cc, that
// knows both renderers. A library of its own so tests can build in-process as the CLI does.
#pragma once

#include "pipeline/build/build.h"

namespace voortgang {

Renderers MakeRenderers();

}  // namespace voortgang
