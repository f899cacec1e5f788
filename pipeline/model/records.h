// The loaded input as plain structs: programma.toml, and per unit plan.toml and budget.toml.
// Field names follow the Dutch keys of input-format.md, since they are the users' words.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/money.h"
#include "pipeline/model/period.h"
#include "pipeline/model/source.h"

namespace voortgang {

/// An exact non-negative fraction; weights are read as written (0.6 is 6/10).
struct Fraction {
  int64_t num = 0;
  int64_t den = 1;
};

struct Actielijn {
  std::string id;
  std::string naam;
  std::vector<std::string> subdoelen;
  SourceRef where;
};

/// A number as written in the input, kept with its decimals so "10.1" prints as "10,1".
struct Number {
  double value = 0;
  int decimals = 0;
};

struct Indicator {
  std::string id;
  std::string naam;
  std::string actielijn;
  std::string eenheid;  ///< "%" or "aantal"
  std::string beter;    ///< "hoger" or "lager"
  std::string bron;
  std::map<int, Number> waarden;  ///< year -> value
  SourceRef where;
};

struct Mijlpaal {
  std::string naam;
  std::vector<std::string> actielijnen;  ///< national milestones only
  Period periode;
  std::string thema;  ///< unit milestones only, optional
  SourceRef where;
};

struct Programma {
  std::string path;
  bool complete = true;  ///< false when programma.toml could not be read or parsed
  std::string naam;
  std::vector<Actielijn> actielijnen;  ///< file order is output order
  std::vector<Indicator> indicatoren;
  std::vector<Mijlpaal> mijlpalen;
};

struct Contact {
  std::string naam;
  std::string functie;
  std::string email;
  std::string telefoon;
};

struct Inleiding {
  Period periode;
  std::string tekst;  ///< Markdown
  SourceRef where;
};

struct Kerncijfer {
  std::string naam;
  Number waarde;
  std::optional<Date> peildatum;
  std::string toelichting;
  SourceRef where;
};

/// One actielijn a theme works on, with its exact share of the theme's money.
struct Share {
  std::string actielijn;
  Fraction weight;
  SourceRef where;
};

enum class Status { kGepland, kLopend, kAfgerond, kVertraagd, kGestopt };
inline constexpr Status kAllStatuses[] = {Status::kGepland, Status::kLopend, Status::kAfgerond,
                                          Status::kVertraagd, Status::kGestopt};
const char* StatusName(Status s);  ///< the input word: "gepland", ...

struct Actie {
  std::string naam;
  Status status = Status::kGepland;
  std::optional<Period> gereed;
  std::string trekker;
  /// The quarter in which the current status began (changes.md); the action "changed in P"
  /// when it equals P.
  std::optional<Period> sinds;
  SourceRef sinds_where;  ///< the sinds value, for the warning when it lies after P
  SourceRef where;
};

/// Whether the action's current status began in `period`.
inline bool ChangedIn(const Actie& actie, Period period) {
  return actie.sinds && *actie.sinds == period;
}

struct Voortgang {
  Period periode;
  std::string stand;           ///< Markdown: stand van zaken
  std::string opgaven;         ///< Markdown: ontwikkelingen en opgaven
  std::string besluitvorming;  ///< Markdown: gemeentelijke besluitvorming
  SourceRef where;
};

struct Thema {
  std::string id;
  std::string naam;
  std::vector<Share> actielijnen;
  SourceRef actielijnen_where;  ///< the actielijnen value, for errors about the weights together
  std::string waarom;     ///< Markdown
  std::string resultaat;  ///< Markdown
  std::vector<Actie> acties;
  std::vector<Voortgang> voortgang;
  SourceRef where;
};

struct Besluit {
  std::string onderwerp;
  std::string vorm;
  Period periode;
  std::optional<Period> tot;
  std::string thema;
  SourceRef where;
};

struct Middelen {
  std::string bron;
  int jaar = 0;
  Money bedrag;
  SourceRef where;
};

/// One cell of the [begroot] table: a theme's planned amount for one year.
struct Begroot {
  std::string thema;
  int jaar = 0;
  Money bedrag;
  SourceRef where;        ///< the amount
  SourceRef thema_where;  ///< the theme key
};

enum class Soort { kUitgave, kVerplichting };

struct Boeking {
  std::string thema;
  Period periode;
  Money bedrag;
  Soort soort = Soort::kUitgave;
  std::string omschrijving;
  SourceRef where;
};

struct Budget {
  std::string path;
  std::vector<Middelen> middelen;
  std::vector<Begroot> begroot;  ///< in file order of themes, years ascending within a theme
  std::vector<Boeking> boekingen;
  /// The CSV export named by [import.boekingen] (import.md), beside budget.toml; "" when none.
  /// An input of the unit like budget.toml itself.
  std::string boekingen_csv;
};

enum class UnitKind { kJeugdhulpregio, kGemeente };

struct Unit {
  std::string id;  ///< the folder name
  std::string plan_path;
  std::string naam;
  UnitKind soort = UnitKind::kJeugdhulpregio;
  std::string regio;  ///< gemeente only: id of its jeugdhulpregio
  std::vector<std::string> gemeenten;
  std::string penvoerder;
  std::string sjabloon = "voortgangsnotitie";
  std::string huisstijl;  ///< extension: house style name under templates/huisstijl/, empty = default
  std::string geadresseerde;
  std::optional<Contact> contact;
  std::vector<Inleiding> inleidingen;
  std::vector<Kerncijfer> kerncijfers;
  std::vector<Thema> themas;
  std::vector<Besluit> besluiten;
  std::vector<Mijlpaal> mijlpalen;
  std::optional<Budget> budget;
  SourceRef where;  ///< the [eenheid] table
  /// False when plan.toml or budget.toml could not be read or parsed: its records are partial,
  /// so cross-checks on it would only add noise to the real error.
  bool complete = true;
};

struct Inputs {
  std::string root;  ///< the inputs directory as given
  Programma programma;
  std::vector<Unit> units;  ///< the units parsed, sorted by id
  /// Unit folders found but left unparsed (LoadOptions::skip_units) whose folder rules held,
  /// sorted by id.
  std::vector<std::string> skipped;
};

}  // namespace voortgang
