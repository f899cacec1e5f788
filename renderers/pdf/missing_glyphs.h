// Warnings for characters no font has: they are drawn as nothing and are missing from the
// PDF's text, so the reader must hear of it.
#pragma once

#include "pipeline/model/diagnostics.h"
#include "renderers/pdf/shape.h"

namespace voortgang::pdf {

/// One warning per code point, naming the first text it was met in (no file: the build
/// names the output).
void WarnMissingGlyphs(const MissingGlyphs& missing, Diagnostics* warnings);

}  // namespace voortgang::pdf
