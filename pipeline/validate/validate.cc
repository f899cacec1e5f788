// Cross-reference and consistency rules over the loaded records.
#include "pipeline/validate/validate.h"

#include <map>
#include <numeric>
#include <set>

#include "pipeline/model/nearest.h"
#include "pipeline/model/ids.h"

namespace voortgang {
namespace {

std::string Line(const SourceRef& at) { return "line " + std::to_string(at.line); }

/// "unknown actielijn 'x'; did you mean 'y'?" with the known ids as candidates. Among more
/// than kMaxSuggestionCandidates there is no suggestion: 100 000 unknown references against
/// 100 000 themes would take hours of edit distances, and no one typed those by hand.
constexpr std::size_t kMaxSuggestionCandidates = 1000;

std::string Unknown(const std::string& what, const std::string& id,
                    const std::vector<std::string_view>& known) {
  std::string message = "unknown " + what + " '" + id + "'";
  if (known.size() > kMaxSuggestionCandidates) return message;
  std::string near = NearestWord(id, known);
  if (!near.empty()) message += "; did you mean '" + near + "'?";
  return message;
}

/// Remembers ids with where they were first defined, reporting repeats.
class UniqueIds {
 public:
  UniqueIds(std::string what, Diagnostics* diags) : what_(std::move(what)), diags_(diags) {}
  void Add(const std::string& id, const SourceRef& at) {
    auto [it, inserted] = first_.emplace(id, at);
    if (!inserted) {
      diags_->Error(at, "duplicate " + what_ + " '" + id + "'; first defined at " +
                            (it->second.file == at.file ? Line(it->second) : FormatWhere(it->second)));
    }
  }

 private:
  static std::string FormatWhere(const SourceRef& at) {
    return at.file + ":" + std::to_string(at.line);
  }
  std::string what_;
  Diagnostics* diags_;
  std::map<std::string, SourceRef> first_;
};

bool ValidId(const std::string& id) { return IsId(id); }

/// Exactly whether the weights add up to one: sum of num/den in 128-bit rationals. Weights
/// are positive and at most 1 with den <= 10^18 (the loader sees to that), so stopping once
/// the sum passes 1 keeps every product below 10^37, inside 128 bits.
bool SumsToOne(const std::vector<Share>& shares) {
  __int128 num = 0, den = 1;
  for (const Share& s : shares) {
    if (num > den) return false;
    __int128 n = s.weight.num, d = s.weight.den;
    num = num * d + n * den;
    den *= d;
    // Reduce to keep the numbers small: all denominators are powers of ten or small counts.
    __int128 a = num < 0 ? -num : num, b = den;
    while (b != 0) {
      __int128 t = a % b;
      a = b;
      b = t;
    }
    if (a > 1) {
      num /= a;
      den /= a;
    }
  }
  return num == den;
}

void CheckProgramma(const Programma& p, std::vector<std::string_view>* actielijn_ids,
                    Diagnostics* diags) {
  UniqueIds actielijnen("actielijn id", diags);
  for (const Actielijn& a : p.actielijnen) {
    if (a.id.empty()) continue;
    actielijnen.Add(a.id, a.where);
    actielijn_ids->push_back(a.id);
  }
  std::set<std::string_view> known(actielijn_ids->begin(), actielijn_ids->end());
  UniqueIds indicators("indicator id", diags);
  for (const Indicator& i : p.indicatoren) {
    if (!i.id.empty()) indicators.Add(i.id, i.where);
    if (!i.actielijn.empty() && !known.count(i.actielijn)) {
      diags->Error(i.where, Unknown("actielijn", i.actielijn, *actielijn_ids));
    }
  }
  for (const Mijlpaal& m : p.mijlpalen) {
    for (const std::string& id : m.actielijnen) {
      if (!known.count(id)) diags->Error(m.where, Unknown("actielijn", id, *actielijn_ids));
    }
  }
}

void ValidateThema(const Thema& t, const std::set<std::string_view>& actielijnen,
                   const std::vector<std::string_view>& actielijn_ids, Period period,
                   Diagnostics* diags) {
  if (!t.id.empty() && !ValidId(t.id)) {
    diags->Error(t.where, "theme id '" + t.id +
                              "' must match ^[a-z0-9]+(-[a-z0-9]+)*$, at most 64 characters");
  }
  std::set<std::string> seen;
  for (const Share& s : t.actielijnen) {
    if (!actielijnen.count(s.actielijn)) {
      diags->Error(s.where, Unknown("actielijn", s.actielijn, actielijn_ids));
    }
    if (!seen.insert(s.actielijn).second) {
      diags->Error(s.where, "actielijn '" + s.actielijn + "' is named twice in theme '" + t.id + "'");
    }
  }
  if (!t.actielijnen.empty() && !SumsToOne(t.actielijnen)) {
    diags->Error(t.actielijnen_where, "weights of theme '" + t.id + "' must sum to 1");
  }
  for (const Actie& a : t.acties) {
    if (a.sinds && period < *a.sinds) {
      diags->Warning(a.sinds_where, "'sinds' " + a.sinds->ToString() + " of action '" + a.naam +
                                        "' lies after the reporting period " + period.ToString() +
                                        "; the action counts as unchanged in it");
    }
  }
  std::map<Period, SourceRef> periods;
  bool has_period = false;
  for (const Voortgang& v : t.voortgang) {
    auto [it, inserted] = periods.emplace(v.periode, v.where);
    if (!inserted) {
      diags->Error(v.where, "duplicate voortgang for period " + v.periode.ToString() +
                                " in theme '" + t.id + "'; first at " + Line(it->second));
    }
    has_period = has_period || v.periode == period;
  }
  if (!has_period && !t.id.empty()) {  // without an id the missing key is the news
    diags->Warning(t.where, "theme '" + t.id + "' has no voortgang for " + period.ToString() +
                                "; the note will say so");
  }
}

/// The one rule across units: a gemeente's regio is a jeugdhulpregio of the tree.
void ValidateRegio(const UnitSummary& u, const std::vector<UnitSummary>& units,
                   Diagnostics* diags) {
  if (!u.regio.empty()) {
    if (u.soort != UnitKind::kGemeente) {
      diags->Error(u.where, "'regio' is only for a unit of soort \"gemeente\"");
    } else {
      const UnitSummary* regio = nullptr;
      std::vector<std::string_view> ids;
      for (const UnitSummary& other : units) {
        ids.push_back(other.id);
        if (other.id == u.regio) regio = &other;
      }
      if (!regio) {
        diags->Error(u.where, Unknown("unit", u.regio, ids));
      } else if (regio->soort != UnitKind::kJeugdhulpregio) {
        diags->Error(u.where, "regio '" + u.regio + "' is not a jeugdhulpregio");
      }
    }
  }
}

/// The rules within one unit; they read only the unit, the actielijnen and the period.
void CheckUnit(const Unit& u, const std::set<std::string_view>& actielijnen,
               const std::vector<std::string_view>& actielijn_ids, Period period,
               Diagnostics* diags) {
  UniqueIds theme_ids("theme id", diags);
  std::vector<std::string_view> themes;
  for (const Thema& t : u.themas) {
    if (t.id.empty()) continue;
    theme_ids.Add(t.id, t.where);
    themes.push_back(t.id);
  }
  std::set<std::string_view> known_themes(themes.begin(), themes.end());
  auto check_theme = [&](const std::string& id, const SourceRef& at) {
    if (!id.empty() && !known_themes.count(id)) diags->Error(at, Unknown("theme", id, themes));
  };
  for (const Thema& t : u.themas) ValidateThema(t, actielijnen, actielijn_ids, period, diags);

  std::map<Period, SourceRef> inleidingen;
  for (const Inleiding& i : u.inleidingen) {
    auto [it, inserted] = inleidingen.emplace(i.periode, i.where);
    if (!inserted) {
      diags->Error(i.where, "duplicate inleiding for period " + i.periode.ToString() +
                                "; first at " + Line(it->second));
    }
  }
  // A series is one naam over several peildatums; the same naam and peildatum twice is a typo.
  std::map<std::pair<std::string, std::optional<Date>>, SourceRef> kerncijfers;
  for (const Kerncijfer& k : u.kerncijfers) {
    auto [it, inserted] = kerncijfers.emplace(std::make_pair(k.naam, k.peildatum), k.where);
    if (!inserted) {
      std::string date = k.peildatum ? " with the same peildatum" : " without a peildatum";
      diags->Error(k.where, "duplicate kerncijfer '" + k.naam + "'" + date + "; first at " +
                                Line(it->second));
    }
  }
  for (const Besluit& b : u.besluiten) {
    check_theme(b.thema, b.where);
    if (b.tot && *b.tot < b.periode) {
      diags->Error(b.where, "'tot' " + b.tot->ToString() + " lies before 'periode' " +
                                b.periode.ToString());
    }
  }
  for (const Mijlpaal& m : u.mijlpalen) check_theme(m.thema, m.where);
  if (!u.budget) return;
  for (const Begroot& b : u.budget->begroot) check_theme(b.thema, b.thema_where);
  for (const Boeking& b : u.budget->boekingen) {
    check_theme(b.thema, b.where);
    if (period < b.periode) {
      diags->Warning(b.where, "booking in " + b.periode.ToString() +
                                  " lies after the reporting period " + period.ToString() +
                                  " and is left out of its figures");
    }
  }
}

/// The actielijn ids of programma.toml in file order (for suggestions), empty ones left out.
std::vector<std::string_view> ActielijnIds(const Programma& p) {
  std::vector<std::string_view> ids;
  for (const Actielijn& a : p.actielijnen) {
    if (!a.id.empty()) ids.push_back(a.id);
  }
  return ids;
}

}  // namespace

void ValidateProgramma(const Programma& programma, Diagnostics* diags) {
  std::vector<std::string_view> actielijn_ids;
  CheckProgramma(programma, &actielijn_ids, diags);
}

void ValidateUnit(const Unit& unit, const Programma& programma, Period period, Diagnostics* diags) {
  std::vector<std::string_view> actielijn_ids = ActielijnIds(programma);
  std::set<std::string_view> actielijnen(actielijn_ids.begin(), actielijn_ids.end());
  CheckUnit(unit, actielijnen, actielijn_ids, period, diags);
}

void ValidateAcross(const std::vector<UnitSummary>& units, Diagnostics* diags) {
  for (const UnitSummary& u : units) {
    if (u.complete) ValidateRegio(u, units, diags);
  }
}

void Validate(const Inputs& inputs, Period period, Diagnostics* diags) {
  // Without the actielijnen every reference would look unknown; the load error says enough.
  if (!inputs.programma.complete) return;
  ValidateProgramma(inputs.programma, diags);
  std::vector<std::string_view> actielijn_ids = ActielijnIds(inputs.programma);
  std::set<std::string_view> actielijnen(actielijn_ids.begin(), actielijn_ids.end());
  std::vector<UnitSummary> summaries = Summarize(inputs.units);
  for (std::size_t i = 0; i < inputs.units.size(); ++i) {
    if (!inputs.units[i].complete) continue;
    ValidateRegio(summaries[i], summaries, diags);
    CheckUnit(inputs.units[i], actielijnen, actielijn_ids, period, diags);
  }
}

std::optional<Period> LatestPeriod(const Inputs& inputs) {
  std::optional<Period> latest;
  for (const Unit& u : inputs.units) {
    std::optional<Period> p = LatestPeriod(u);
    if (p && (!latest || *latest < *p)) latest = p;
  }
  return latest;
}

}  // namespace voortgang
