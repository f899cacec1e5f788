// "Did you mean ...?": the closest known word to a typo, for keys, ids and enumerations.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace voortgang {

/// The closest of `candidates` to `word` when it is close enough to be a typo, else "".
std::string NearestWord(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace voortgang
