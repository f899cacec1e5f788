// Markdown fields of the inputs (CommonMark, via libcmark) -> document blocks and runs.
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/model/document.h"

namespace voortgang {

/// Paragraphs keep emphasis, strong and links; `code` becomes plain text with code=true;
/// soft breaks become spaces, hard breaks line breaks; bullet and numbered lists nest.
/// A Markdown heading becomes a bold left-aligned paragraph kept with the next block (the
/// note's own headings carry the numbering). Raw HTML is not interpreted: it stays as literal
/// text. Block quotes are unwrapped; thematic breaks are dropped.
std::vector<doc::Block> MarkdownToBlocks(std::string_view markdown);

/// For one-line fields: the inline runs of all paragraphs, joined with spaces.
doc::Runs MarkdownToRuns(std::string_view markdown);

}  // namespace voortgang
