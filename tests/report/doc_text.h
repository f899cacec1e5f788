// Reading a doc::Document back as text in tests: every paragraph, heading, list item and table
// row on its own line ("| a | b |" for rows), so tests can assert what a reader would see.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "pipeline/model/document.h"

namespace voortgang::report_test {

inline std::string RunsText(const doc::Runs& runs) {
  std::string out;
  for (const doc::Run& r : runs) out += r.line_break ? " " : r.text;
  return out;
}

inline std::string RowText(const doc::Row& row) {
  std::string out = "|";
  for (const doc::Cell& c : row.cells) out += " " + RunsText(c.runs) + " |";
  return out;
}

inline void BlockText(const doc::Block& b, std::string* out);

inline void BlocksText(const std::vector<doc::Block>& blocks, std::string* out) {
  for (const doc::Block& b : blocks) BlockText(b, out);
}

inline void BlockText(const doc::Block& b, std::string* out) {
  if (auto* h = std::get_if<doc::Heading>(&b.content)) {
    *out += "#" + std::to_string(h->level) + " " + h->number + " " + h->text + "\n";
  } else if (auto* p = std::get_if<doc::Paragraph>(&b.content)) {
    const char* tag = p->role == doc::ParagraphRole::kNotice  ? "NOTICE: "
                      : p->role == doc::ParagraphRole::kLabel ? "LABEL: "
                      : p->role == doc::ParagraphRole::kSmall ? "SMALL: "
                                                              : "";
    *out += tag + RunsText(p->runs) + "\n";
  } else if (auto* l = std::get_if<doc::List>(&b.content)) {
    for (const doc::ListItem& item : l->items) {
      *out += "* ";
      BlocksText(item.blocks, out);
    }
  } else if (auto* t = std::get_if<doc::Table>(&b.content)) {
    *out += "TABLE: " + t->caption + "\n";
    if (t->header) *out += RowText(*t->header) + "\n";
    for (const doc::Row& r : t->body) *out += RowText(r) + "\n";
    if (t->total) *out += "TOTAL " + RowText(*t->total) + "\n";
  } else if (auto* c = std::get_if<doc::BarChart>(&b.content)) {
    *out += "CHART: " + c->title + " [" + c->axis_label + "]\n";
  } else if (auto* c = std::get_if<doc::ColumnLineChart>(&b.content)) {
    *out += "CHART: " + c->title + " [" + c->axis_label + "]\n";
  } else if (std::holds_alternative<doc::TableOfContents>(b.content)) {
    *out += "CONTENTS\n";
  } else if (auto* tb = std::get_if<doc::TitleBlock>(&b.content)) {
    *out += "TITLE: " + tb->title + " / " + tb->subtitle + " / " + tb->period + " / " +
            tb->date_line + " / " + tb->addressee + "\n";
  } else if (auto* m = std::get_if<doc::MemoHeader>(&b.content)) {
    for (const auto& [k, v] : m->rows) *out += "MEMO: " + k + " = " + v + "\n";
  } else if (std::holds_alternative<doc::PageBreak>(b.content)) {
    *out += "PAGEBREAK\n";
  }
}

/// The whole document as text, with U+00A0 shown as a plain space.
inline std::string DocText(const doc::Document& d) {
  std::string out;
  BlocksText(d.blocks, &out);
  std::string plain;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 2, "\u00A0") == 0) {
      plain += ' ';
      ++i;
    } else {
      plain += out[i];
    }
  }
  return plain;
}

}  // namespace voortgang::report_test
