// The JSON Schemas for editors (import.md): the shipped schemas/ are what `voortgang schema`
// prints, Taplo's CLI (tests/taplo, installed by scripts/setup.sh) accepts the shipped inputs
// with them, and refuses what a schema can judge: an unknown key, a wrong type, a missing
// required key, a value outside its enum or pattern.
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "tests/support/test_support.h"

namespace voortgang {
namespace {
namespace fs = std::filesystem;
using testing::CommandResult;

const fs::path kSource = VOORTGANG_SOURCE_DIR;

std::string Taplo() {
  fs::path taplo = kSource / "tests/taplo/node_modules/.bin/taplo";
  BOOST_REQUIRE_MESSAGE(fs::exists(taplo), "Taplo's CLI is missing: run scripts/setup.sh "
                                           "(npm ci in tests/taplo)");
  return taplo.string();
}

/// `taplo check` of one file against one shipped schema, without the repository's config.
CommandResult CheckWith(const std::string& schema, const fs::path& file) {
  return testing::RunShell(Taplo() + " check --no-auto-config --colors never --schema file://" +
                           (kSource / "schemas" / (schema + ".schema.json")).string() + " " +
                           file.string() + " 2>&1");
}

BOOST_AUTO_TEST_SUITE(taplo_test)

BOOST_AUTO_TEST_CASE(shipped_schemas_are_what_voortgang_schema_prints) {
  for (const char* file : {"programma", "plan", "budget"}) {
    CommandResult r = testing::RunVoortgang(std::string("schema ") + file);
    BOOST_REQUIRE(r.status == 0);
    BOOST_TEST(r.out.find("\"$schema\": \"http://json-schema.org/draft-07/schema#\"") !=
               std::string::npos);
    BOOST_TEST(r.out == testing::ReadFile(kSource / "schemas" / (std::string(file) + ".schema.json")),
               file << ": regenerate with build/voortgang schema " << file << " > schemas/" << file
                    << ".schema.json");
  }
  BOOST_TEST(testing::RunVoortgang("schema elders").status == 2);
}

BOOST_AUTO_TEST_CASE(taplo_accepts_the_shipped_inputs_with_the_repositorys_config) {
  CommandResult r = testing::RunShell(Taplo() + " check --colors never 2>&1", kSource.string());
  BOOST_TEST(r.status == 0, r.out);
  // The config maps every input file to a schema: each was checked against one.
  for (const char* file : {"inputs/programma.toml", "inputs/zuid-kennemerland/plan.toml",
                           "inputs/zuid-kennemerland/budget.toml"}) {
    std::string schema = fs::path(file).stem().string();
    if (schema != "programma" && schema != "plan" && schema != "budget") continue;
    BOOST_TEST(CheckWith(schema, kSource / file).status == 0, file);
  }
}

BOOST_AUTO_TEST_CASE(taplo_refuses_what_a_schema_can_judge) {
  testing::TempDir dir;
  struct Bad {
    const char* schema;
    const char* what;
    const char* text;
  };
  const Bad cases[] = {
      {"plan", "unknown key", "[eenheid]\nnaam = \"A\"\nsoort = \"gemeente\"\nkleur = \"rood\"\n"},
      {"plan", "wrong type", "[eenheid]\nnaam = 12\nsoort = \"gemeente\"\n"},
      {"plan", "missing required key", "[eenheid]\nnaam = \"A\"\n"},
      {"plan", "status outside its enum",
       "[eenheid]\nnaam = \"A\"\nsoort = \"gemeente\"\n[[thema]]\nid = \"t\"\nnaam = \"T\"\n"
       "actielijnen = [\"1\"]\n[[thema.actie]]\nnaam = \"x\"\nstatus = \"bezig\"\n"},
      {"plan", "theme id outside its pattern",
       "[eenheid]\nnaam = \"A\"\nsoort = \"gemeente\"\n[[thema]]\nid = \"Mijn Thema\"\n"
       "naam = \"T\"\nactielijnen = [\"1\"]\n"},
      {"plan", "period outside its pattern",
       "[eenheid]\nnaam = \"A\"\nsoort = \"gemeente\"\n[[mijlpaal]]\nnaam = \"m\"\n"
       "periode = \"2024-Q5\"\n"},
      {"budget", "soort outside its enum",
       "[[boeking]]\nthema = \"t\"\nperiode = \"2024-Q1\"\nbedrag = 1\nsoort = \"uitgaaf\"\n"},
      {"budget", "negative funds", "[[middelen]]\nbron = \"x\"\njaar = 2024\nbedrag = -5\n"},
      {"budget", "unknown import setting",
       "[import.boekingen]\nbestand = \"b.csv\"\ncodering = \"latin-1\"\n"
       "kolommen = { datum = \"D\", bedrag = \"B\", thema = \"T\" }\n"},
      {"programma", "wrong type in a list", "[[actielijn]]\nid = \"1\"\nnaam = \"A\"\nsubdoelen = [1]\n"},
  };
  int n = 0;
  for (const Bad& c : cases) {
    fs::path file = dir.Write("case" + std::to_string(n++) + ".toml", c.text);
    CommandResult r = CheckWith(c.schema, file);
    BOOST_TEST(r.status != 0, c.what << ": Taplo accepted it:\n" << r.out);
  }
  // The same kind of file without the fault passes, so the refusals above are the faults'.
  fs::path good = dir.Write("good.toml", "[eenheid]\nnaam = \"A\"\nsoort = \"gemeente\"\n"
                                         "[[kerncijfer]]\nnaam = \"k\"\nwaarde = 3\n"
                                         "peildatum = 2024-10-01\n");
  CommandResult r = CheckWith("plan", good);
  BOOST_TEST(r.status == 0, r.out);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang
