// The skeleton of a new unit: plan.toml and budget.toml with every key explained in Dutch for
// the secretary and the finance officer who fill them in, the optional keys commented out.
#include "pipeline/cli/new_unit.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>

namespace voortgang {
namespace {
namespace fs = std::filesystem;

/// A TOML basic string: quotes, backslashes and control characters escaped.
std::string TomlString(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7F) {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\u%04X", c);
      out += escaped;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

bool ValidId(const std::string& id) {
  static const std::regex pattern("^[a-z0-9]+(-[a-z0-9]+)*$");
  return id.size() <= 64 && std::regex_match(id, pattern);
}

bool WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  return static_cast<bool>(out);
}

}  // namespace

std::string SkeletonPlan(const NewUnitOptions& o) {
  bool gemeente = o.soort == "gemeente";
  std::string regio = o.regio.empty() ? "# regio = \"id-van-de-regio\"                "
                                      : "regio = " + TomlString(o.regio) + "    ";
  std::string text =
      "# " + (o.naam.empty() ? o.id : o.naam) + ": plan en voortgang.\n"
      "#\n"
      "# Gemaakt met `voortgang new`. Regels die met # beginnen zijn uitleg of een voorbeeld:\n"
      "# haal het # weg en vul in. Controleer met `voortgang check`. De volledige\n"
      "# beschrijving van elke sleutel staat in het invoerformaat (input-format.md).\n"
      "\n"
      "[eenheid]\n"
      "naam = " + TomlString(o.naam.empty() ? o.id : o.naam) + "   # verplicht: naam van de eenheid\n"
      "soort = " + TomlString(o.soort) + "   # verplicht: \"jeugdhulpregio\" of \"gemeente\"\n" +
      (gemeente ? regio + "# alleen bij een gemeente: id van haar jeugdhulpregio\n" : "") +
      "# gemeenten = [\"Gemeente A\", \"Gemeente B\"]   # de gemeenten van de regio\n"
      "# penvoerder = \"Gemeente A\"                 # de gemeente die de middelen ontvangt\n"
      "# sjabloon = \"voortgangsnotitie\"            # of \"raadsmemo\"\n"
      "# geadresseerde = \"De gemeenteraad van ...\" # aan wie de notitie gericht is\n"
      "\n"
      "# [contact]                                  # contactpersoon voor de notitie\n"
      "# naam = \"...\"\n"
      "# functie = \"Beleidsadviseur jeugd\"\n"
      "# email = \"...\"\n"
      "# telefoon = \"...\"\n"
      "\n"
      "# [[inleiding]]                              # hooguit één per kwartaal\n"
      "# periode = \"2025-Q1\"                       # kwartaal: \"JJJJ-Qn\"\n"
      "# tekst = \"\"\"Inleiding in Markdown.\"\"\"\n"
      "\n"
      "# [[kerncijfer]]                             # een cijfer dat als tabel wordt getoond\n"
      "# naam = \"Openstaande trajecten\"\n"
      "# waarde = 770\n"
      "# peildatum = 2025-01-01                     # datum waarop de waarde gold\n"
      "# toelichting = \"...\"\n"
      "\n"
      "# Een thema (ontwikkellijn) van het plan; herhaal [[thema]] voor elk thema.\n"
      "# [[thema]]\n"
      "# id = \"mijn-thema\"                         # verplicht, uniek: kleine letters, cijfers, streepjes\n"
      "# naam = \"Naam van het thema\"               # verplicht\n"
      "# actielijnen = [\"1\", \"4\"]                  # verplicht: landelijke actielijnen, gelijke delen\n"
      "# # actielijnen = { \"1\" = 0.5, \"5\" = 0.5 }  # ... of gewichten (> 0, samen 1)\n"
      "# waarom = \"\"\"Waarom extra inzet (Markdown).\"\"\"\n"
      "# resultaat = \"\"\"Het op te leveren resultaat (Markdown).\"\"\"\n"
      "#\n"
      "#   [[thema.actie]]\n"
      "#   naam = \"Naam van de actie\"               # verplicht\n"
      "#   status = \"gepland\"                       # verplicht: gepland, lopend, afgerond, vertraagd of gestopt\n"
      "#   gereed = \"2025-Q4\"                       # kwartaal waarin de actie gereed moet zijn\n"
      "#   trekker = \"...\"                          # wie de actie trekt\n"
      "#\n"
      "#   [[thema.voortgang]]                       # het verhaal van één kwartaal\n"
      "#   periode = \"2025-Q1\"                      # verplicht, uniek per thema\n"
      "#   stand = \"\"\"Stand van zaken (Markdown).\"\"\"\n"
      "#   opgaven = \"\"\"Ontwikkelingen en opgaven (Markdown).\"\"\"\n"
      "#   besluitvorming = \"\"\"Gemeentelijke besluitvorming (Markdown).\"\"\"\n"
      "\n"
      "# [[besluit]]                                # routekaart: een raadsmoment dat eraan komt\n"
      "# onderwerp = \"...\"                         # verplicht\n"
      "# vorm = \"Raadsvoorstel\"                    # zoals Brief, Raadsvoorstel, Beeldvormende sessie\n"
      "# periode = \"2025-Q2\"                       # verplicht\n"
      "# tot = \"2025-Q3\"                           # bij een periode zoals \"Q2/Q3\"\n"
      "# thema = \"mijn-thema\"                      # moet bestaan\n"
      "\n"
      "# [[mijlpaal]]                               # een mijlpaal die deze eenheid bereikt heeft\n"
      "# naam = \"...\"                              # verplicht\n"
      "# periode = \"2025-Q1\"                       # verplicht\n"
      "# thema = \"mijn-thema\"                      # moet bestaan\n";
  return text;
}

std::string SkeletonBudget() {
  return "# Middelen, begroting en boekingen van deze eenheid.\n"
         "#\n"
         "# Gemaakt met `voortgang new`. Bedragen in euro's: 471_498 of 23_500.50 (hooguit twee\n"
         "# decimalen). Haal het # weg en vul in; controleer met `voortgang check`.\n"
         "\n"
         "# [[middelen]]                      # middelen die de eenheid ter beschikking heeft\n"
         "# bron = \"Transformatiefonds\"      # verplicht\n"
         "# jaar = 2025                       # verplicht\n"
         "# bedrag = 100_000                  # verplicht, >= 0\n"
         "\n"
         "# [begroot]                         # begroot: thema-id -> jaar -> bedrag (>= 0)\n"
         "# mijn-thema = { 2025 = 60_000, 2026 = 40_000 }\n"
         "\n"
         "# [[boeking]]                       # een uitgave of verplichting\n"
         "# thema = \"mijn-thema\"             # verplicht: een thema uit plan.toml\n"
         "# periode = \"2025-Q1\"              # verplicht\n"
         "# bedrag = 1_234.56                 # verplicht; negatief voor een correctie\n"
         "# soort = \"uitgave\"                # \"uitgave\" (standaard) of \"verplichting\"\n"
         "# omschrijving = \"...\"\n"
         "\n"
         "# Of de boekingen uit een CSV-export van de financiële administratie:\n"
         "# [import.boekingen]\n"
         "# bestand = \"boekingen.csv\"        # verplicht: een bestand in deze map\n"
         "# scheidingsteken = \";\"            # \";\" (standaard), \",\" of \"\\t\"\n"
         "# decimaalteken = \",\"              # \",\" (standaard) of \".\"\n"
         "# codering = \"windows-1252\"        # \"utf-8\" (standaard) of \"windows-1252\"\n"
         "# datumformaat = \"dd-mm-jjjj\"      # \"dd-mm-jjjj\" (standaard) of \"jjjj-mm-dd\"\n"
         "# kolommen = { datum = \"Boekdatum\", bedrag = \"Bedrag\", omschrijving = "
         "\"Omschrijving\", kostenplaats = \"Kostenplaats\", soort = \"Soort\" }\n"
         "# kostenplaatsen = { \"6101\" = \"mijn-thema\" }   # kostenplaats -> thema-id\n"
         "# soorten = { \"U\" = \"uitgave\", \"V\" = \"verplichting\" }\n";
}

std::string WriteNewUnit(const NewUnitOptions& o) {
  if (!ValidId(o.id) || o.id == "landelijk") {
    return "unit id '" + o.id + "' must match ^[a-z0-9]+(-[a-z0-9]+)*$ (lower-case letters, "
           "digits, single hyphens), at most 64 characters, and not be 'landelijk'";
  }
  if (o.soort != "gemeente" && o.soort != "jeugdhulpregio") {
    return "--soort must be gemeente or jeugdhulpregio";
  }
  if (!o.regio.empty() && (o.soort != "gemeente" || !ValidId(o.regio))) {
    return o.soort != "gemeente" ? "--regio is for a gemeente only"
                                 : "--regio '" + o.regio + "' is not a unit id";
  }
  std::error_code ec;
  if (!fs::is_directory(o.inputs_dir, ec)) return "inputs folder '" + o.inputs_dir + "' not found";
  fs::path dir = fs::path(o.inputs_dir) / o.id;
  // create_directory, not exists-then-create: an existing unit is never touched.
  if (!fs::create_directory(dir, ec)) {
    return ec ? "cannot create '" + dir.string() + "': " + ec.message()
              : "unit '" + o.id + "' exists already in " + o.inputs_dir;
  }
  if (!WriteFile(dir / "plan.toml", SkeletonPlan(o)) ||
      !WriteFile(dir / "budget.toml", SkeletonBudget())) {
    return "cannot write into '" + dir.string() + "'";
  }
  return "";
}

}  // namespace voortgang
