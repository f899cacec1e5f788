// Issue 21 item 9: every sentence the shipped templates can produce reads correctly for zero,
// one and many (themes, actions, money), and a chart or table with nothing to show is replaced
// by a sentence or left out. Crafted units are written to a temporary tree, built into the
// note, the memo and the national overview, and the document text is searched for the broken
// fragments a reader would trip over.
#include <filesystem>
#include <fstream>

#include <boost/test/unit_test.hpp>

#include "tests/report/doc_text.h"
#include "tests/report/shipped.h"

namespace voortgang::report_test {
namespace {

namespace fs = std::filesystem;

/// id -> {plan.toml, budget.toml ("" for none)}.
const std::map<std::string, std::pair<std::string, std::string>> kUnits = {
    // No themes at all, middelen but nothing begroot.
    {"leeg",
     {"[eenheid]\nnaam = \"Gemeente Leeg\"\nsoort = \"gemeente\"\n",
      "[[middelen]]\nbron = \"Transformatiefonds\"\njaar = 2024\nbedrag = 100_000\n"}},
    // Themes and middelen, but nothing begroot and nothing booked.
    {"nulbegroot",
     {"[eenheid]\nnaam = \"Gemeente Nulbegroot\"\nsoort = \"gemeente\"\n"
      "[[thema]]\nid = \"a\"\nnaam = \"Thema A\"\nactielijnen = [\"1\"]\n"
      "[[thema]]\nid = \"b\"\nnaam = \"Thema B\"\nactielijnen = [\"2\", \"3\"]\n",
      "[[middelen]]\nbron = \"Transformatiefonds\"\njaar = 2024\nbedrag = 100_000\n"}},
    // A budget with only a booking: no middelen, nothing begroot.
    {"zonder-middelen",
     {"[eenheid]\nnaam = \"Gemeente Zonder Middelen\"\nsoort = \"gemeente\"\n"
      "[[thema]]\nid = \"a\"\nnaam = \"Thema A\"\nactielijnen = [\"1\"]\n",
      "[[boeking]]\nthema = \"a\"\nperiode = \"2024-Q4\"\nbedrag = 1_000\n"}},
    // One theme with one action.
    {"een",
     {"[eenheid]\nnaam = \"Gemeente Een\"\nsoort = \"gemeente\"\n"
      "[[thema]]\nid = \"a\"\nnaam = \"Thema A\"\nactielijnen = [\"1\"]\n"
      "  [[thema.actie]]\n  naam = \"Actie een\"\n  status = \"lopend\"\n"
      "  [[thema.voortgang]]\n  periode = \"2024-Q4\"\n  stand = \"Het gaat goed.\"\n",
      "[[middelen]]\nbron = \"Transformatiefonds\"\njaar = 2024\nbedrag = 100_000\n"
      "[begroot]\na = { 2024 = 50_000 }\n"
      "[[boeking]]\nthema = \"a\"\nperiode = \"2024-Q4\"\nbedrag = 1_000\n"}},
    // Many of everything, and no budget file.
    {"veel",
     {"[eenheid]\nnaam = \"Regio Veel\"\nsoort = \"jeugdhulpregio\"\n"
      "gemeenten = [\"Gemeente X\", \"Gemeente Y\"]\n"
      "[[thema]]\nid = \"a\"\nnaam = \"Thema A\"\nactielijnen = [\"1\", \"2\"]\n"
      "  [[thema.actie]]\n  naam = \"Actie een\"\n  status = \"lopend\"\n"
      "  [[thema.actie]]\n  naam = \"Actie twee\"\n  status = \"afgerond\"\n"
      "[[thema]]\nid = \"b\"\nnaam = \"Thema B\"\nactielijnen = [\"3\"]\n"
      "  [[thema.actie]]\n  naam = \"Actie drie\"\n  status = \"vertraagd\"\n"
      "[[thema]]\nid = \"c\"\nnaam = \"Thema C\"\nactielijnen = [\"4\"]\n",
      ""}},
};

/// The crafted tree, loaded once (with the shipped programma).
const Checked& Crafted() {
  static const Checked checked = [] {
    fs::path root = fs::temp_directory_path() / ("voortgang-few-and-none-" +
                                                 std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    fs::copy_file(SourcePath("inputs/programma.toml"), root / "programma.toml");
    for (const auto& [id, files] : kUnits) {
      fs::create_directories(root / id);
      std::ofstream(root / id / "plan.toml") << files.first;
      if (!files.second.empty()) std::ofstream(root / id / "budget.toml") << files.second;
    }
    StageOptions options;
    options.inputs_dir = root.string();
    options.period = kPeriod;
    Diagnostics diags;
    Checked c = LoadAndCheck(options, &diags);
    fs::remove_all(root);
    for (const Diagnostic& d : diags.items) BOOST_TEST_MESSAGE(FormatGnu(d));
    if (diags.HasErrors()) throw std::runtime_error("crafted inputs have errors");
    return c;
  }();
  return checked;
}

doc::Document Unit(const std::string& id, const std::string& template_name) {
  const Checked& c = Crafted();
  NoteInput in;
  in.inputs = &c.inputs;
  in.figures = &c.figures;
  in.period = kPeriod;
  for (size_t i = 0; i < c.inputs.units.size(); ++i)
    if (c.inputs.units[i].id == id) {
      in.unit = &c.inputs.units[i];
      in.unit_figures = &c.figures.units[i];
    }
  BOOST_REQUIRE(in.unit);
  in.template_source.path = TemplatePath(SourcePath("templates"), template_name);
  in.template_source.text = ReadText(in.template_source.path);
  in.build_time_unix = kBuildTime;
  in.version = "0.1.0";
  Diagnostics diags;
  doc::Document d = BuildUnitDocument(in, &diags);
  BOOST_REQUIRE_MESSAGE(diags.items.empty(), id);
  return d;
}

doc::Document National() {
  NationalInput in = NationalInputOf(Crafted());
  Diagnostics diags;
  doc::Document d = BuildNational(in, &diags);
  BOOST_REQUIRE(diags.items.empty());
  return d;
}

/// Fragments that only a sentence with a missing or miscounted value produces.
void ExpectReadable(const doc::Document& d, const std::string& what) {
  std::string text = DocText(d);
  for (const char* broken :
       {"( ", " )", " .", " ,", "in .", "nul thema", "nul actie", "0 thema", "0 acties",
        " 1 acties", " 1 thema's", " een thema's", " een acties", "één thema's", "één acties",
        "(bron: )", "van de 1 eenheden", "alle 1 eenheden", "De 1 kernindicatoren", ":."})
    BOOST_TEST(text.find(broken) == std::string::npos,
               what << ": \"" << broken << "\" in:\n" << text);
  // A chart is only there with something to draw; a table only with rows.
  for (const doc::Block& b : d.blocks) {
    if (auto* c = std::get_if<doc::BarChart>(&b.content)) {
      bool any = false;
      for (const doc::BarSeries& s : c->series)
        for (int64_t v : s.values) any = any || v != 0;
      BOOST_TEST(any, what << ": chart without data: " << c->title);
    } else if (auto* l = std::get_if<doc::LineChart>(&b.content)) {
      bool any = false;
      for (const doc::LinePanel& p : l->panels) any = any || !p.points.empty();
      BOOST_TEST(any, what << ": line chart without data: " << l->title);
    } else if (auto* t = std::get_if<doc::Table>(&b.content)) {
      BOOST_TEST(!t->body.empty(), what << ": table without rows: " << t->caption);
    }
  }
}

BOOST_AUTO_TEST_SUITE(few_and_none_test)

BOOST_AUTO_TEST_CASE(every_crafted_unit_reads_well_in_the_note_and_the_memo) {
  for (const auto& [id, files] : kUnits)
    for (const char* t : {"voortgangsnotitie", "raadsmemo"})
      ExpectReadable(Unit(id, t), id + " " + t);
}

BOOST_AUTO_TEST_CASE(the_national_overview_reads_well) { ExpectReadable(National(), "landelijk"); }

BOOST_AUTO_TEST_CASE(zero_and_one_get_their_own_wording) {
  std::string leeg = DocText(Unit("leeg", "voortgangsnotitie"));
  BOOST_TEST(leeg.find("Het plan van de gemeente Leeg bevat geen thema's; deze notitie beschrijft "
                       "daarom geen voortgang per thema") != std::string::npos,
             leeg);
  BOOST_TEST(leeg.find("Van de beschikbare middelen (€ 100.000) is nog niets begroot over de "
                       "thema's.") != std::string::npos);
  BOOST_TEST(leeg.find("Daarvan is nog niets begroot over de thema's.") != std::string::npos);
  BOOST_TEST(leeg.find("Tot en met Q4 2024 is op de thema's nog niets begroot of uitgegeven, dus "
                       "er is geen figuur.") != std::string::npos);
  BOOST_TEST(leeg.find("Zonder thema's zijn er geen bedragen per thema te melden.") !=
             std::string::npos);
  std::string een = DocText(Unit("een", "voortgangsnotitie"));
  BOOST_TEST(een.find("Deze notitie beschrijft de voortgang op een thema over") !=
             std::string::npos);
  BOOST_TEST(een.find("In het thema staat één actie; die is lopend.") != std::string::npos, een);
  std::string veel = DocText(Unit("veel", "voortgangsnotitie"));
  BOOST_TEST(veel.find("In de thema's staan samen 3 acties. Daarvan zijn er 1 lopend, 1 afgerond "
                       "en 1 vertraagd.") != std::string::npos,
             veel);
  std::string memo = DocText(Unit("zonder-middelen", "raadsmemo"));
  BOOST_TEST(memo.find("is in totaal € 0 beschikbaar. Van het totaal is nog niets begroot") !=
             std::string::npos,
             memo);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::report_test
