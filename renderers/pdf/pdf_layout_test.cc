// Layout properties of the PDF engine on whole documents: line widths, table breaks with a
// repeated header, contents page numbers, footnotes on their link's page, no heading at a foot.
#include <boost/test/unit_test.hpp>
#include <map>
#include <string>

#include "pipeline/load/house_style_loader.h"
#include "renderers/pdf/pdf_renderer.h"
#include "renderers/pdf/sample_document.h"

namespace voortgang::pdf {
namespace {

HouseStyle Standard() {
  Diagnostics diags;
  HouseStyle s = LoadHouseStyle(VOORTGANG_SOURCE_DIR "/templates/huisstijl/standaard.toml", &diags);
  BOOST_REQUIRE_EQUAL(diags.items.size(), 0u);
  return s;
}

Layout Lay(const doc::Document& d) {
  Layout layout;
  std::string error;
  BOOST_REQUIRE_MESSAGE(LayoutDocument(d, Standard(), &layout, &error), error);
  return layout;
}

std::vector<const DrawText*> Texts(const std::vector<DrawOp>& ops) {
  std::vector<const DrawText*> out;
  for (const DrawOp& op : ops)
    if (const auto* t = std::get_if<DrawText>(&op.op)) out.push_back(t);
  return out;
}

std::string Joined(const Item& item) {
  std::string s;
  for (const DrawText* t : Texts(item.ops)) s += (s.empty() ? "" : " | ") + t->line.text;
  return s;
}

BOOST_AUTO_TEST_SUITE(pdf_layout_test)

BOOST_AUTO_TEST_CASE(no_line_is_wider_than_its_box) {
  Layout L = Lay(SampleDocument());
  int lines = 0;
  auto check = [&](const std::vector<DrawOp>& ops) {
    for (const DrawText* t : Texts(ops)) {
      ++lines;
      BOOST_TEST(t->line.width.pt <= t->box_width.pt + 0.01, t->line.text);
      if (t->line.justified) BOOST_TEST(t->line.width.pt == t->box_width.pt);
    }
  };
  for (const Item& item : L.items) check(item.ops);
  for (const Footnote& f : L.footnotes) check(f.ops);
  BOOST_TEST(lines > 300);
}

BOOST_AUTO_TEST_CASE(paragraph_lines_fill_the_column_and_stay_in_it) {
  Layout L = Lay(SampleDocument());
  for (const Page& page : L.pages)
    for (const Placed& p : page.items)
      for (const DrawText* t : Texts(L.items[p.item].ops)) {
        BOOST_TEST(t->x.pt >= -0.01);
        BOOST_TEST((t->x + t->line.width).pt <= L.content_width.pt + 0.01, t->line.text);
      }
}

BOOST_AUTO_TEST_CASE(cramped_table_cells_stay_in_their_columns) {
  doc::Document d;
  doc::Table t;
  t.columns.resize(8);
  doc::Row row;
  for (int c = 0; c < 8; ++c)
    row.cells.push_back(doc::Cell{{doc::Text("Jeugdhulpaanbiedersorganisatieondersteuning")}});
  t.body = {row, row};
  d.blocks.push_back({t});
  Layout L = Lay(d);
  for (const Item& item : L.items)
    for (const DrawText* t : Texts(item.ops)) {
      BOOST_TEST(t->line.width.pt <= t->box_width.pt + 0.01, t->line.text);
      BOOST_TEST((t->x + t->line.width).pt <= L.content_width.pt + 0.01);
    }
}

BOOST_AUTO_TEST_CASE(a_long_url_as_text_breaks_inside_the_column) {
  doc::Document d;
  std::string url = "https://gemeenteraad.groningen.nl/Documenten/Bijlage/Bijlage-Positief-"
                    "Opgroeien-Preventief-integraal-jeugdbeleid-Gemeente-Groningen-2022-2032.pdf";
  d.blocks.push_back(Para({doc::Text("Zie "), doc::Link(url, url), doc::Text(" voor meer.")}));
  Layout L = Lay(d);
  BOOST_TEST(L.footnotes.empty());  // the URL is already there to read
  int lines = 0;
  for (const Item& item : L.items)
    for (const DrawText* t : Texts(item.ops)) {
      ++lines;
      BOOST_TEST(t->line.width.pt <= t->box_width.pt + 0.01, t->line.text);
    }
  BOOST_TEST(lines >= 2);
}

BOOST_AUTO_TEST_CASE(last_and_single_word_lines_are_not_justified) {
  doc::Document d;
  d.blocks.push_back(Para("Jeugdhulpaanbiedersorganisatieondersteuningsmedewerkersbijeenkomst "
                          "kort. Een tweede zin die de regel vult tot aan de rand van de kolom "
                          "en dan nog verder gaat, zodat er meer regels komen dan een."));
  Layout L = Lay(d);
  std::vector<const DrawText*> lines;
  for (const Item& item : L.items)
    for (const DrawText* t : Texts(item.ops)) lines.push_back(t);
  BOOST_REQUIRE(lines.size() >= 2u);
  BOOST_TEST(!lines.back()->line.justified);
  for (const DrawText* t : lines)
    if (t->line.text.find(' ') == std::string::npos) BOOST_TEST(!t->line.justified);
}

BOOST_AUTO_TEST_CASE(long_table_repeats_its_header_with_vervolg) {
  doc::Document d;
  d.blocks.push_back(Head(1, "1", "Boekingen"));
  d.blocks.push_back({BookingsTable(200)});
  Layout L = Lay(d);
  BOOST_REQUIRE(L.pages.size() >= 4u);
  int rows = 0;
  for (size_t p = 0; p < L.pages.size(); ++p) {
    const Page& page = L.pages[p];
    BOOST_REQUIRE(page.items.size() >= 3u);
    const Item& first = L.items[page.items[0].item];
    const Item& second = L.items[page.items[1].item];
    if (p == 0) {
      BOOST_TEST(Joined(first) == "1 | Boekingen");
      BOOST_TEST(Joined(second) == "Tabel 2. Uitgaven en verplichtingen per boeking");
    } else {
      BOOST_TEST(Joined(first) == "Tabel 2. Uitgaven en verplichtingen per boeking (vervolg)");
      BOOST_TEST((second.kind == ItemKind::kTableHeader));
      BOOST_TEST(Joined(second) == "Datum | Omschrijving | Thema | Bedrag");
    }
    for (const Placed& placed : page.items) {
      const Item& it = L.items[placed.item];
      if (it.kind == ItemKind::kTableRow) ++rows;
      BOOST_TEST((placed.y + it.height).pt <= L.content_bottom.pt + 0.01);  // rows never split
    }
  }
  BOOST_TEST(rows == 200);
  const Page& last = L.pages.back();
  BOOST_TEST((L.items[last.items.back().item].kind == ItemKind::kTableTotal));
  BOOST_TEST((L.items[last.items[last.items.size() - 2].item].kind == ItemKind::kTableRow));
}

/// Body rows of each page a table's rows land on, for `filler` paragraphs before it.
std::vector<int> BodyRowsPerPage(int filler, int rows) {
  doc::Document d;
  for (int i = 0; i < filler; ++i) d.blocks.push_back(Para("Regel " + std::to_string(i) + "."));
  d.blocks.push_back({BookingsTable(rows)});
  Layout L = Lay(d);
  std::vector<int> per_page;
  for (const Page& page : L.pages) {
    int n = 0;
    for (const Placed& placed : page.items)
      if (L.items[placed.item].kind == ItemKind::kTableRow) ++n;
    if (n > 0) per_page.push_back(n);
  }
  return per_page;
}

BOOST_AUTO_TEST_CASE(short_tables_stay_whole_and_long_ones_break_with_three_rows_each_side) {
  // Shift the table down line by line so that every row lands at a page foot once.
  for (int filler = 25; filler < 60; ++filler) {
    std::vector<int> seven = BodyRowsPerPage(filler, 7);
    BOOST_TEST(seven == std::vector<int>{7}, "filler " << filler);
    std::vector<int> eight = BodyRowsPerPage(filler, 8);
    BOOST_TEST(eight == std::vector<int>{8}, "filler " << filler);
    std::vector<int> twelve = BodyRowsPerPage(filler, 12);
    int total = 0;
    for (int n : twelve) {
      total += n;
      BOOST_TEST(n >= 3, "filler " << filler << ": a page with " << n << " rows");
    }
    BOOST_TEST(total == 12);
  }
}

BOOST_AUTO_TEST_CASE(a_label_column_is_not_squeezed_by_a_long_explanation) {
  // The kerncijfers table: short labels, a number, a date and long explanations.
  doc::Document d;
  doc::Table t;
  t.columns = {doc::Column{}, doc::Column{doc::Align::kRight, true}, doc::Column{}, doc::Column{}};
  t.header = doc::Row{{{{doc::Text("Kerncijfer")}}, {{doc::Text("Waarde")}},
                       {{doc::Text("Peildatum")}}, {{doc::Text("Toelichting")}}}};
  std::string long_text =
      "Totaal aantal kinderen met jeugdzorg in natura (ingekocht via de RIGG) in oktober 2024. "
      "Zorg in natura (ZIN) betreft de segmenten 3, 4, 5 en 6. Kinderen en gezinnen hebben "
      "geregeld ondersteuning uit meerdere van deze segmenten tegelijkertijd; daarom is het ZIN "
      "als geheel gepresenteerd. Van belang is vooral de hoofdbeweging van ZIN (3, 4, 5 en 6) "
      "naar lokaal basisteam (2).";
  t.body.push_back(doc::Row{{{{doc::Text("Kinderen met jeugdzorg in natura (ingekocht via de RIGG)")}},
                             {{doc::Text("2.943")}}, {{doc::Text("1 oktober 2024")}},
                             {{doc::Text(long_text)}}}});
  t.body.push_back(doc::Row{{{{doc::Text("Jeugdhulpaanbieders")}}, {{doc::Text("94")}},
                             {{doc::Text("1 oktober 2024")}}, {{doc::Text(long_text)}}}});
  d.blocks.push_back({t});
  Layout L = Lay(d);
  std::vector<const Item*> rows;
  for (const Item& item : L.items)
    if (item.kind == ItemKind::kTableRow) rows.push_back(&item);
  BOOST_REQUIRE_EQUAL(rows.size(), 2u);
  // The lines of each cell, left to right: a cell's lines share one structure group.
  auto columns = [](const Item& item) {
    std::vector<std::vector<const DrawText*>> out;
    int group = -2;
    for (const DrawOp& op : item.ops) {
      const auto* t = std::get_if<DrawText>(&op.op);
      if (!t) continue;
      if (op.tag_group != group) out.emplace_back();
      group = op.tag_group;
      out.back().push_back(t);
    }
    return out;
  };
  std::vector<std::vector<const DrawText*>> first = columns(*rows[0]);
  BOOST_REQUIRE_EQUAL(first.size(), 4u);
  Length label_box = first[0][0]->box_width, text_box = first[3][0]->box_width;
  BOOST_TEST(first[0].size() <= 3u, "label lines: " << first[0].size());
  BOOST_TEST(text_box.pt > label_box.pt * 1.5);
  BOOST_TEST(first[2].size() == 1u);  // the date on one line
  // Shares in proportion to content: the label wraps about as often as the explanation.
  BOOST_TEST(first[0].size() <= first[3].size());
  // No column narrower than its longest word: the long label is whole on one line.
  std::vector<std::vector<const DrawText*>> second = columns(*rows[1]);
  BOOST_REQUIRE(!second.empty());
  BOOST_TEST(second[0].size() == 1u);
  BOOST_TEST(second[0][0]->line.text == "Jeugdhulpaanbieders");
}

BOOST_AUTO_TEST_CASE(contents_page_numbers_are_the_heading_pages) {
  Layout L = Lay(SampleDocument());
  std::map<std::string, int> page_of;
  for (const auto& [item, page] : L.heading_pages) page_of[L.items[item].title] = page;
  int entries = 0;
  for (const Item& item : L.items) {
    if (item.kind != ItemKind::kToc || item.toc_slot < 0) continue;
    auto texts = Texts(item.ops);
    // number | text | page
    std::string title = texts[0]->line.text + " " + texts[1]->line.text;
    BOOST_REQUIRE_MESSAGE(page_of.count(title), title);
    BOOST_TEST(texts.back()->line.text == std::to_string(page_of[title]), title);
    ++entries;
  }
  BOOST_TEST(entries == 1 + 6 * 4 + 3);  // inleiding, 6 themes with 3 subsections, 3 more
  BOOST_TEST(L.passes >= 2);
  BOOST_TEST(L.passes <= 4);
}

BOOST_AUTO_TEST_CASE(footnotes_land_on_their_links_page) {
  Layout L = Lay(SampleDocument());
  std::map<int, int> footnote_page;
  for (size_t p = 0; p < L.pages.size(); ++p)
    for (int f : L.pages[p].footnotes) {
      BOOST_TEST(footnote_page.count(f) == 0u);  // each footnote once
      footnote_page[f] = static_cast<int>(p);
    }
  BOOST_TEST(footnote_page.size() == L.footnotes.size());
  BOOST_TEST(L.footnotes.size() >= 7u);
  for (size_t p = 0; p < L.pages.size(); ++p)
    for (const Placed& placed : L.pages[p].items)
      for (int f : L.items[placed.item].footnotes) BOOST_TEST(footnote_page[f] == int(p));
  // The footnote area fits between the last item and the bottom margin.
  for (const Page& page : L.pages) {
    if (page.items.empty()) continue;
    const Placed& last = page.items.back();
    Length end = last.y + L.items[last.item].height;
    Length area;
    for (int f : page.footnotes) area += L.footnotes[f].height;
    BOOST_TEST((end + area).pt <= L.content_bottom.pt + 0.01);
  }
}

BOOST_AUTO_TEST_CASE(a_heading_never_ends_a_page) {
  // Shift the headings down line by line so that each lands at a page foot once.
  for (int filler = 0; filler < 40; ++filler) {
    doc::Document d;
    for (int i = 0; i < filler; ++i) d.blocks.push_back(Para("Regel " + std::to_string(i) + "."));
    for (int s = 1; s <= 8; ++s) {
      d.blocks.push_back(Head(1, std::to_string(s), "Thema " + std::to_string(s)));
      d.blocks.push_back(Head(2, std::to_string(s) + ".1", "Stand van zaken"));
      d.blocks.push_back(Label("Op te leveren resultaat"));
      d.blocks.push_back(Para("Een alinea van een paar regels tekst over de voortgang van de "
                              "transformatie van de jeugdhulp in de gemeente, met genoeg woorden "
                              "om over meer dan twee regels te lopen zodat weduwen en wezen "
                              "kunnen ontstaan als de paginering het niet goed doet."));
    }
    Layout L = Lay(d);
    BOOST_REQUIRE(L.pages.size() >= 2u);
    for (size_t p = 0; p + 1 < L.pages.size(); ++p) {
      const Item& last = L.items[L.pages[p].items.back().item];
      BOOST_TEST(!last.keep_with_next, "filler " << filler << " page " << p + 1);
      BOOST_TEST((last.kind != ItemKind::kHeading));
      // Orphans: a page never ends after the first line of a paragraph of four lines.
    }
  }
}

BOOST_AUTO_TEST_CASE(headings_and_their_contents_entries_break_between_words_only) {
  doc::Document d;
  d.blocks.push_back({doc::TableOfContents{}});
  std::string text =
      "Afspraken over de samenwerkingsverbanden tussen jeugdhulpaanbieders en de "
      "huisartsenpraktijken over de toegankelijkheidsvraagstukken in de regio";
  d.blocks.push_back(Head(1, "1", text));
  d.blocks.push_back(Para("Tekst."));
  Layout L = Lay(d);
  int heading_lines = 0;
  for (const Item& item : L.items) {
    if (item.kind != ItemKind::kHeading && item.kind != ItemKind::kToc) continue;
    for (const DrawText* t : Texts(item.ops)) {
      BOOST_TEST(!t->line.hyphenated, t->line.text);
      heading_lines += item.kind == ItemKind::kHeading;
    }
  }
  BOOST_TEST(heading_lines >= 3);  // the number and at least two lines of text
}

/// A column-and-line chart of `quarters` quarters from Q1 2015 (the first one "eerder" when
/// `eerder`), columns of 1.000 euro each and the level at 1.000 times as many.
doc::ColumnLineChart QuarterChart(int quarters, bool eerder) {
  doc::ColumnLineChart c;
  c.title = "Figuur 1. Uitgaven per kwartaal";
  c.alt_text = "Uitgaven per kwartaal en cumulatief";
  c.columns.label = "Uitgaven in het kwartaal";
  c.line.label = "Uitgaven cumulatief";
  int64_t running = 0;
  for (int i = 0; i < quarters; ++i) {
    std::string year = std::to_string(2015 + i / 4), q = "Q" + std::to_string(i % 4 + 1);
    if (i == 0 && eerder)
      c.categories.push_back({"eerder", "", "eerder"});
    else
      c.categories.push_back({q, year, q + " " + year});
    int64_t v = i % 3 == 1 ? 0 : 100'000;
    running += v;
    c.columns.values.push_back(v);
    c.columns.display.push_back("€ " + std::to_string(v / 100));
    c.line.values.push_back(running);
    c.line.display.push_back("€ " + std::to_string(running / 100));
  }
  c.level = doc::ChartLevel{"Totaal begroot", running * 2, "€ 2 miljoen"};
  c.axis_divisor = 100'000;
  c.axis_label = "× € 1.000";
  return c;
}

const Item& OnlyChart(const Layout& L) {
  const Item* chart = nullptr;
  for (const Item& item : L.items)
    if (item.kind == ItemKind::kChart) {
      BOOST_REQUIRE(!chart);
      chart = &item;
    }
  BOOST_REQUIRE(chart);
  return *chart;
}

BOOST_AUTO_TEST_CASE(column_and_line_chart_draws_columns_line_level_and_quarter_labels) {
  doc::Document d;
  d.blocks.push_back({QuarterChart(8, false)});
  Layout L = Lay(d);
  const Item& chart = OnlyChart(L);
  BOOST_REQUIRE_EQUAL(chart.tags.size(), 1u);
  BOOST_TEST(chart.tags[0].name == "Figure");
  BOOST_TEST(chart.tags[0].alt == "Uitgaven per kwartaal en cumulatief");
  HouseStyle s = Standard();
  double column_width = (s.page_width_mm - s.margin_left_mm - s.margin_right_mm) * 72 / 25.4;
  int rects = 0, dotted = 0, lines = 0;
  std::map<std::string, int> texts;
  for (const DrawOp& op : chart.ops) {
    if (const auto* r = std::get_if<DrawRect>(&op.op)) {
      ++rects;
      BOOST_TEST(r->x.pt >= 0);
      BOOST_TEST(r->x.pt + r->w.pt <= column_width + 0.01);
      BOOST_TEST(r->y.pt + r->h.pt <= chart.height.pt);
    } else if (const auto* l = std::get_if<DrawLine>(&op.op)) {
      dotted += l->dotted;
      lines += l->colour == s.chart_colours[1] && l->x1 != l->x2;
    } else if (const auto* t = std::get_if<DrawText>(&op.op)) {
      ++texts[t->line.text];
      BOOST_TEST(t->x.pt >= -0.01, t->line.text);
      BOOST_TEST(t->x.pt + t->line.width.pt <= column_width + 0.01, t->line.text);
    }
  }
  BOOST_TEST(rects == 1 + 5);  // the legend's swatch and the five quarters with uitgaven
  BOOST_TEST(dotted == 2);     // the level and its legend entry
  BOOST_TEST(lines == 1 + 7);  // the legend's and the seven segments between eight points
  BOOST_TEST(texts["Q1"] == 2);
  BOOST_TEST(texts["Q4"] == 2);
  BOOST_TEST(texts["2015"] == 1);
  BOOST_TEST(texts["2016"] == 1);
  BOOST_TEST(texts["Totaal begroot € 2 miljoen"] == 1);
  BOOST_TEST(texts["€ 5000"] == 1);  // the running total at the last quarter
  BOOST_TEST(texts["× € 1.000"] == 1);
  BOOST_TEST(texts["10"] == 1);  // the axis reaches the level (€ 10.000)
}

BOOST_AUTO_TEST_CASE(forty_one_columns_keep_their_year_labels_apart) {
  doc::Document d;
  d.blocks.push_back({QuarterChart(41, true)});
  Layout L = Lay(d);
  const Item& chart = OnlyChart(L);
  std::vector<std::pair<double, double>> years;
  bool quarter_labels = false;
  for (const DrawOp& op : chart.ops)
    if (const auto* t = std::get_if<DrawText>(&op.op)) {
      quarter_labels = quarter_labels || t->line.text == "Q1";
      if (t->line.text == "eerder" || (t->line.text.size() == 4 && t->line.text[0] == '2'))
        years.push_back({t->x.pt, t->x.pt + t->line.width.pt});
    }
  // Too narrow for "Q1" under every column: the years (and "eerder") alone, none overlapping.
  BOOST_TEST(!quarter_labels);
  BOOST_TEST(years.size() >= 10u);
  for (size_t i = 1; i < years.size(); ++i) BOOST_TEST(years[i - 1].second < years[i].first);
}

BOOST_AUTO_TEST_CASE(dump_shows_pages_items_and_footnotes) {
  doc::Document d;
  d.running = {"Gemeente Groningen", "Q4 2024"};
  d.blocks.push_back(Head(1, "1", "Inleiding"));
  d.blocks.push_back(Para({doc::Text("Zie de "), doc::Link("visie", "https://example.nl/v")}));
  std::string dump = DumpLayout(Lay(d));
  BOOST_TEST(dump ==
             "page 1/1\n"
             "  70.9 heading1 h=25.0 1 | Inleiding\n"
             "  101.9 text h=13.8 Zie de visie¹\n"
             "  footnote 1 https://example.nl/v\n");
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
