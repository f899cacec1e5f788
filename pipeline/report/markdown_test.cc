// Markdown fields -> document blocks: inline looks, links, breaks, nested lists, headings, HTML.
#include "pipeline/report/markdown.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <variant>

namespace voortgang {
namespace {

/// A compact picture of runs: _em_, **strong**, [text](url), `code`, | for a line break.
std::string Show(const doc::Runs& runs) {
  std::string out;
  for (const doc::Run& r : runs) {
    if (r.line_break) {
      out += "|";
      continue;
    }
    std::string t = r.text;
    if (r.code) t = "`" + t + "`";
    if (r.emphasis) t = "_" + t + "_";
    if (r.strong) t = "**" + t + "**";
    if (!r.link_url.empty()) t = "[" + t + "](" + r.link_url + ")";
    out += t;
  }
  return out;
}

const doc::Paragraph& Para(const doc::Block& b) { return std::get<doc::Paragraph>(b.content); }

BOOST_AUTO_TEST_SUITE(markdown_test)

BOOST_AUTO_TEST_CASE(emphasis_strong_and_code) {
  auto blocks = MarkdownToBlocks("De _cliënt_ krijgt **€ 1.234,56** via `PGB`.");
  BOOST_REQUIRE_EQUAL(blocks.size(), 1u);
  BOOST_TEST(Show(Para(blocks[0]).runs) == "De _cliënt_ krijgt **€ 1.234,56** via `PGB`.");
  BOOST_TEST((Para(blocks[0]).align == doc::Align::kJustify));
}

BOOST_AUTO_TEST_CASE(nested_emphasis_in_strong) {
  auto blocks = MarkdownToBlocks("**heel *erg* belangrijk**");
  BOOST_TEST(Show(Para(blocks[0]).runs) == "**heel ****_erg_**** belangrijk**");
  BOOST_TEST(Para(blocks[0]).runs[1].emphasis);
  BOOST_TEST(Para(blocks[0]).runs[1].strong);
}

BOOST_AUTO_TEST_CASE(links_keep_their_url) {
  auto blocks = MarkdownToBlocks("Zie [de regiovisie](https://example.nl/visie) en <https://a.nl>.");
  BOOST_TEST(Show(Para(blocks[0]).runs) ==
             "Zie [de regiovisie](https://example.nl/visie) en [https://a.nl](https://a.nl).");
}

BOOST_AUTO_TEST_CASE(soft_break_is_space_hard_break_is_line_break) {
  auto blocks = MarkdownToBlocks("eerste regel\ntweede regel  \nderde\\\nvierde");
  BOOST_REQUIRE_EQUAL(blocks.size(), 1u);
  BOOST_TEST(Show(Para(blocks[0]).runs) == "eerste regel tweede regel|derde|vierde");
}

BOOST_AUTO_TEST_CASE(paragraphs_split_on_blank_lines) {
  auto blocks = MarkdownToBlocks("Een.\n\nTwee.\n");
  BOOST_REQUIRE_EQUAL(blocks.size(), 2u);
  BOOST_TEST(Show(Para(blocks[1]).runs) == "Twee.");
}

BOOST_AUTO_TEST_CASE(nested_lists) {
  auto blocks = MarkdownToBlocks(
      "- preventie\n"
      "- basisteam\n"
      "  1. eerste\n"
      "  2. tweede\n"
      "- participatie\n");
  BOOST_REQUIRE_EQUAL(blocks.size(), 1u);
  const auto& list = std::get<doc::List>(blocks[0].content);
  BOOST_TEST(!list.numbered);
  BOOST_REQUIRE_EQUAL(list.items.size(), 3u);
  BOOST_TEST(Show(Para(list.items[0].blocks[0]).runs) == "preventie");
  BOOST_REQUIRE_EQUAL(list.items[1].blocks.size(), 2u);
  const auto& inner = std::get<doc::List>(list.items[1].blocks[1].content);
  BOOST_TEST(inner.numbered);
  BOOST_TEST(inner.start == 1);
  BOOST_REQUIRE_EQUAL(inner.items.size(), 2u);
  BOOST_TEST(Show(Para(inner.items[1].blocks[0]).runs) == "tweede");
}

BOOST_AUTO_TEST_CASE(numbered_list_keeps_its_start) {
  auto blocks = MarkdownToBlocks("3. derde\n4. vierde\n");
  const auto& list = std::get<doc::List>(blocks[0].content);
  BOOST_TEST(list.numbered);
  BOOST_TEST(list.start == 3);
  BOOST_TEST(list.items.size() == 2u);
}

BOOST_AUTO_TEST_CASE(heading_becomes_bold_label) {
  auto blocks = MarkdownToBlocks("## Stand van *zaken*\n\nTekst.");
  BOOST_REQUIRE_EQUAL(blocks.size(), 2u);
  const auto& p = Para(blocks[0]);
  BOOST_TEST(Show(p.runs) == "**Stand van ****_zaken_**");
  BOOST_TEST(p.keep_with_next);
  BOOST_TEST((p.role == doc::ParagraphRole::kLabel));
  BOOST_TEST((p.align == doc::Align::kLeft));
}

BOOST_AUTO_TEST_CASE(raw_html_stays_literal_text) {
  auto blocks = MarkdownToBlocks("Een <b>vet</b> woord.\n\n<div>blok</div>\n");
  BOOST_REQUIRE_EQUAL(blocks.size(), 2u);
  BOOST_TEST(Show(Para(blocks[0]).runs) == "Een <b>vet</b> woord.");
  BOOST_TEST(Show(Para(blocks[1]).runs) == "<div>blok</div>");
}

BOOST_AUTO_TEST_CASE(thematic_break_dropped_quote_unwrapped) {
  auto blocks = MarkdownToBlocks("> geciteerd\n\n---\n\nna");
  BOOST_REQUIRE_EQUAL(blocks.size(), 2u);
  BOOST_TEST(Show(Para(blocks[0]).runs) == "geciteerd");
  BOOST_TEST(Show(Para(blocks[1]).runs) == "na");
}

BOOST_AUTO_TEST_CASE(empty_input_gives_no_blocks) {
  BOOST_TEST(MarkdownToBlocks("").empty());
  BOOST_TEST(MarkdownToBlocks("   \n\n").empty());
}

BOOST_AUTO_TEST_CASE(runs_of_a_one_line_field) {
  BOOST_TEST(Show(MarkdownToRuns("Inkoop *2025*\n\nen verder")) == "Inkoop _2025_ en verder");
}

BOOST_AUTO_TEST_CASE(only_web_mail_and_phone_links_are_allowed) {
  for (const char* ok : {"https://example.nl/x", "HTTP://example.nl", "mailto:a@b.nl",
                         "MailTo:a@b.nl", "tel:+31201234567"}) {
    BOOST_TEST(LinkProblem(ok).empty(), ok);
  }
  for (const char* bad : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:x",
                          "file:///etc/passwd", "data:text/html;base64,AA==", "launch:/bin/sh",
                          "docs/x.pdf", "\\\\server\\share", "https:", "http:///etc",
                          "mailto:", "//example.nl"}) {
    BOOST_TEST(LinkProblem(bad) == "link '" + std::string(bad) +
                                       "' is not allowed: a link must be an absolute http:// or "
                                       "https:// address, mailto: or tel:",
               bad);
  }
  BOOST_TEST(LinkProblem("java\tscript:x") ==
             "link 'java\tscript:x' contains a space or control character");
  // A refused link stays plain text in the document.
  BOOST_TEST(Show(MarkdownToRuns("[klik](javascript:alert(1)) en [ga](https://a.nl)")) ==
             "klik en [ga](https://a.nl)");
}

BOOST_AUTO_TEST_CASE(check_reports_links_and_nesting_at_their_offset) {
  std::vector<TextProblem> p =
      CheckMarkdown("Zie [x](file:///etc/passwd).\n\n- - - - - - - - - - - y");
  BOOST_REQUIRE_EQUAL(p.size(), 2u);
  BOOST_TEST(p[0].offset == 8u);  // the destination, after "Zie [x]("
  BOOST_TEST(p[1].offset == 30u + 20u);  // the eleventh "- " on the third line
  BOOST_TEST(p[1].message ==
             "lists and block quotes nested more than 10 levels deep; the limit is 10");
  BOOST_TEST(CheckMarkdown("- - - - - - - - - - tien").empty());
}

BOOST_AUTO_TEST_CASE(the_quick_path_without_links_still_finds_deep_nesting) {
  // One marker a line, nested by indentation and by quotes: no '[' or '<', so only the count
  // of line-opening markers decides whether cmark is asked.
  std::string indented, quoted;
  for (int i = 0; i <= kMaxMarkdownNesting; ++i) {
    indented += std::string(2 * static_cast<size_t>(i), ' ') + "- niveau\n";
    quoted += "> ";
  }
  BOOST_TEST(CheckMarkdown(indented).size() == 1u);
  BOOST_TEST(CheckMarkdown(quoted + "diep").size() == 1u);
  BOOST_TEST(CheckMarkdown("1. een\n   2) twee\n\nTekst - met * tekens + en 3. cijfers.").empty());
}

BOOST_AUTO_TEST_CASE(lists_deeper_than_the_limit_join_the_last_level) {
  std::string deep;
  for (int i = 0; i < 50; ++i) deep += "- ";
  auto blocks = MarkdownToBlocks(deep + "x");
  int depth = 0;
  const std::vector<doc::Block>* level = &blocks;
  while (!level->empty()) {
    const auto* list = std::get_if<doc::List>(&level->back().content);
    if (!list) break;
    ++depth;
    level = &list->items.back().blocks;
  }
  BOOST_TEST(depth == kMaxMarkdownNesting);
  BOOST_TEST(Show(Para(level->back()).runs) == "x");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
