// Reads a house style TOML (templates/huisstijl/*.toml) into a HouseStyle; problems become
// diagnostics with FILE:LINE:COL. Missing keys keep their defaults.
#pragma once

#include <string>

#include "pipeline/model/diagnostics.h"
#include "pipeline/model/house_style.h"

namespace voortgang {

/// Relative paths in the file (logo, exceptions list) are made relative to the file's folder.
/// Unknown keys are warnings (a typo should not silently keep a default). A logo that is not a
/// readable PNG file is an error at the logo key, found here so that `check` reports it.
HouseStyle LoadHouseStyle(const std::string& path, Diagnostics* diags);

/// The same, from text already in memory; `path` names it in diagnostics and anchors
/// relative paths.
HouseStyle ParseHouseStyle(std::string_view text, const std::string& path, Diagnostics* diags);

}  // namespace voortgang
