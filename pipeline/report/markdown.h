// Markdown fields of the inputs (CommonMark, via libcmark) -> document blocks and runs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/model/markdown_check.h"

namespace voortgang {

/// Lists and block quotes inside each other in one field. Layout needs memory in the square
/// of the depth, and a council note never needs more than a few levels.
inline constexpr int kMaxMarkdownNesting = 10;

/// The one rule for links, used by every renderer through the document tree: "" when `url`
/// may become a live link (http://, https://, mailto:, tel:, schemes in any case), else why
/// not. Relative paths, file:, javascript:, data: and the rest are refused; a file: or UNC
/// link in a note sent to a council can leak the reader's credentials.
std::string LinkProblem(std::string_view url);

/// What `check` reports of a Markdown field: links LinkProblem refuses and nesting beyond
/// kMaxMarkdownNesting, each at its byte offset in the text.
std::vector<TextProblem> CheckMarkdown(std::string_view markdown);

/// Paragraphs keep emphasis, strong and links; `code` becomes plain text with code=true;
/// soft breaks become spaces, hard breaks line breaks; bullet and numbered lists nest.
/// A Markdown heading becomes a bold left-aligned paragraph kept with the next block (the
/// note's own headings carry the numbering). Raw HTML is not interpreted: it stays as literal
/// text. Block quotes are unwrapped; thematic breaks are dropped.
std::vector<doc::Block> MarkdownToBlocks(std::string_view markdown);

/// For one-line fields: the inline runs of all paragraphs, joined with spaces.
doc::Runs MarkdownToRuns(std::string_view markdown);

}  // namespace voortgang
