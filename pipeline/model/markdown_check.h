// The report stage's rules for Markdown fields (link schemes, nesting), handed to the loader
// so that `check` reports them at their place in the TOML file without linking libcmark.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace voortgang {

/// A problem at byte `offset` of a Markdown text.
struct TextProblem {
  std::size_t offset = 0;
  std::string message;
};

using MarkdownCheck = std::function<std::vector<TextProblem>(std::string_view markdown)>;

}  // namespace voortgang
