// The unit cache entry as JSON: the unit's summary, diagnostics and figures, and a key over
// the program version, the input files and the data, so that a damaged or foreign entry is
// recognised and ignored.
#include <nlohmann/json.hpp>

#include "pipeline/build/hashing.h"
#include "pipeline/build/unit_cache.h"

namespace voortgang {
namespace {

using nlohmann::json;

constexpr int kFormat = 4;  // 2: the CSV file of [import.boekingen]; 3: the quarter's figures;
                            // 4: the unit's summary and the figures' totals

json Where(const SourceRef& at) { return json::array({at.file, at.line, at.column}); }

SourceRef WhereFrom(const json& j) {
  return {j.at(0).get<std::string>(), j.at(1).get<int>(), j.at(2).get<int>()};
}

json DiagsJson(const Diagnostics& diags) {
  json out = json::array();
  for (const Diagnostic& d : diags.items) {
    out.push_back({Where(d.where), d.severity == Severity::kError ? "error" : "warning", d.message,
                   d.hint});
  }
  return out;
}

Diagnostics DiagsFrom(const json& j) {
  Diagnostics out;
  for (const json& d : j) {
    std::string severity = d.at(1).get<std::string>();
    if (severity != "error" && severity != "warning") throw std::invalid_argument("severity");
    out.items.push_back({WhereFrom(d.at(0)),
                         severity == "error" ? Severity::kError : Severity::kWarning,
                         d.at(2).get<std::string>(), d.at(3).get<std::string>()});
  }
  return out;
}

Status StatusFrom(const json& j) {
  int s = j.get<int>();
  if (s < 0 || s >= static_cast<int>(std::size(kAllStatuses))) throw std::invalid_argument("status");
  return static_cast<Status>(s);
}

Period PeriodFrom(const json& j) {
  std::optional<Period> p = ParsePeriod(j.get<std::string>());
  if (!p) throw std::invalid_argument("period");
  return *p;
}

json SummaryJson(const UnitSummary& u) {
  json themas = json::array();
  for (const ThemeSummary& t : u.themas) {
    json shares = json::array(), acties = json::array(), periods = json::array();
    for (const Share& s : t.actielijnen) shares.push_back({s.actielijn, s.weight.num, s.weight.den});
    for (Status status : t.acties) acties.push_back(static_cast<int>(status));
    for (Period p : t.voortgang) periods.push_back(p.ToString());
    themas.push_back({{"id", t.id},
                      {"naam", t.naam},
                      {"actielijnen", shares},
                      {"acties", acties},
                      {"voortgang", periods}});
  }
  return {{"id", u.id},
          {"plan", u.plan_path},
          {"budget", u.budget_path ? json(*u.budget_path) : json(nullptr)},
          {"boekingen_csv", u.boekingen_csv},
          {"naam", u.naam},
          {"gemeente", u.soort == UnitKind::kGemeente},
          {"regio", u.regio},
          {"gemeenten", u.gemeenten},
          {"penvoerder", u.penvoerder},
          {"sjabloon", u.sjabloon},
          {"huisstijl", u.huisstijl},
          {"where", Where(u.where)},
          {"complete", u.complete},
          {"latest", u.latest ? json(u.latest->ToString()) : json(nullptr)},
          {"themas", themas}};
}

UnitSummary SummaryFrom(const json& j) {
  UnitSummary u;
  u.id = j.at("id").get<std::string>();
  u.plan_path = j.at("plan").get<std::string>();
  if (!j.at("budget").is_null()) u.budget_path = j.at("budget").get<std::string>();
  u.boekingen_csv = j.at("boekingen_csv").get<std::string>();
  u.naam = j.at("naam").get<std::string>();
  u.soort = j.at("gemeente").get<bool>() ? UnitKind::kGemeente : UnitKind::kJeugdhulpregio;
  u.regio = j.at("regio").get<std::string>();
  u.gemeenten = j.at("gemeenten").get<std::vector<std::string>>();
  u.penvoerder = j.at("penvoerder").get<std::string>();
  u.sjabloon = j.at("sjabloon").get<std::string>();
  u.huisstijl = j.at("huisstijl").get<std::string>();
  u.where = WhereFrom(j.at("where"));
  u.complete = j.at("complete").get<bool>();
  if (!j.at("latest").is_null()) u.latest = PeriodFrom(j.at("latest"));
  for (const json& t : j.at("themas")) {
    ThemeSummary& thema = u.themas.emplace_back();
    thema.id = t.at("id").get<std::string>();
    thema.naam = t.at("naam").get<std::string>();
    for (const json& s : t.at("actielijnen")) {
      thema.actielijnen.push_back(
          {s.at(0).get<std::string>(), {s.at(1).get<int64_t>(), s.at(2).get<int64_t>()}, {}});
    }
    for (const json& a : t.at("acties")) thema.acties.push_back(StatusFrom(a));
    for (const json& p : t.at("voortgang")) thema.voortgang.push_back(PeriodFrom(p));
  }
  return u;
}

json AmountsJson(const YearAmounts& amounts) {
  json out = json::array();
  for (const auto& [year, m] : amounts) out.push_back({year, m.cents});
  return out;
}

YearAmounts AmountsFrom(const json& j) {
  YearAmounts out;
  for (const json& a : j) out[a.at(0).get<int>()] = Money{a.at(1).get<int64_t>()};
  return out;
}

json LineJson(const ActielijnFigures& a) {
  return {a.id,
          AmountsJson(a.begroot),
          a.uitgaven.cents,
          a.verplichtingen.cents,
          a.uitgaven_kwartaal.cents,
          a.verplichtingen_kwartaal.cents,
          a.begroot_total.cents};
}

ActielijnFigures LineFrom(const json& j) {
  ActielijnFigures a;
  a.id = j.at(0).get<std::string>();
  a.begroot = AmountsFrom(j.at(1));
  a.uitgaven = Money{j.at(2).get<int64_t>()};
  a.verplichtingen = Money{j.at(3).get<int64_t>()};
  a.uitgaven_kwartaal = Money{j.at(4).get<int64_t>()};
  a.verplichtingen_kwartaal = Money{j.at(5).get<int64_t>()};
  a.begroot_total = Money{j.at(6).get<int64_t>()};
  return a;
}

json QuarterJson(const QuarterFigures& q) {
  return {q.period.ToString(), q.uitgaven.cents, q.verplichtingen.cents};
}

QuarterFigures QuarterFrom(const json& j) {
  return {PeriodFrom(j.at(0)), Money{j.at(1).get<int64_t>()}, Money{j.at(2).get<int64_t>()}};
}

json StatusCounts(const std::map<Status, int>& counts) {
  json out = json::array();
  for (const auto& [status, count] : counts) out.push_back({static_cast<int>(status), count});
  return out;
}

std::map<Status, int> StatusCountsFrom(const json& j) {
  std::map<Status, int> out;
  for (const json& a : j) out[StatusFrom(a.at(0))] = a.at(1).get<int>();
  return out;
}

json FiguresJson(const UnitFigures& f) {
  json years = json::array(), themas = json::array(), lines = json::array(),
       quarters = json::array();
  for (const YearFigures& y : f.years) {
    years.push_back({y.year, y.middelen.cents, y.begroot.cents, y.middelen_cumulative.cents,
                     y.begroot_cumulative.cents, y.nog_te_programmeren.cents});
  }
  for (const ThemeFigures& t : f.themas) {
    json split = json::array();
    for (const ActielijnFigures& a : t.split) split.push_back(LineJson(a));
    themas.push_back({t.id, AmountsJson(t.begroot), t.begroot_total.cents, t.uitgaven.cents,
                      t.verplichtingen.cents, t.saldo.cents, split, t.uitgaven_kwartaal.cents,
                      t.verplichtingen_kwartaal.cents});
  }
  for (const ActielijnFigures& a : f.actielijnen) lines.push_back(LineJson(a));
  for (const QuarterFigures& q : f.quarters) quarters.push_back(QuarterJson(q));
  return {{"id", f.id},
          {"has_budget", f.has_budget},
          {"money",
           {f.middelen.cents, f.begroot_total.cents, f.uitgaven.cents, f.verplichtingen.cents,
            f.saldo.cents, f.uitgaven_kwartaal.cents, f.verplichtingen_kwartaal.cents,
            f.besteed.cents, f.begroot_saldo.cents}},
          {"quarters", quarters},
          {"eerder", f.eerder ? QuarterJson(*f.eerder) : json(nullptr)},
          {"middelen_per_year", AmountsJson(f.middelen_per_year)},
          {"begroot", AmountsJson(f.begroot)},
          {"years", years},
          {"themas", themas},
          {"actielijnen", lines},
          {"acties", StatusCounts(f.acties_by_status)},
          {"acties_changed", StatusCounts(f.acties_changed)}};
}

UnitFigures FiguresFrom(const json& j) {
  UnitFigures f;
  f.id = j.at("id").get<std::string>();
  f.has_budget = j.at("has_budget").get<bool>();
  const json& money = j.at("money");
  f.middelen = Money{money.at(0).get<int64_t>()};
  f.begroot_total = Money{money.at(1).get<int64_t>()};
  f.uitgaven = Money{money.at(2).get<int64_t>()};
  f.verplichtingen = Money{money.at(3).get<int64_t>()};
  f.saldo = Money{money.at(4).get<int64_t>()};
  f.uitgaven_kwartaal = Money{money.at(5).get<int64_t>()};
  f.verplichtingen_kwartaal = Money{money.at(6).get<int64_t>()};
  f.besteed = Money{money.at(7).get<int64_t>()};
  f.begroot_saldo = Money{money.at(8).get<int64_t>()};
  for (const json& q : j.at("quarters")) f.quarters.push_back(QuarterFrom(q));
  if (!j.at("eerder").is_null()) f.eerder = QuarterFrom(j.at("eerder"));
  f.middelen_per_year = AmountsFrom(j.at("middelen_per_year"));
  f.begroot = AmountsFrom(j.at("begroot"));
  for (const json& y : j.at("years")) {
    f.years.push_back({y.at(0).get<int>(), Money{y.at(1).get<int64_t>()},
                       Money{y.at(2).get<int64_t>()}, Money{y.at(3).get<int64_t>()},
                       Money{y.at(4).get<int64_t>()}, Money{y.at(5).get<int64_t>()}});
  }
  for (const json& t : j.at("themas")) {
    ThemeFigures& theme = f.themas.emplace_back();
    theme.id = t.at(0).get<std::string>();
    theme.begroot = AmountsFrom(t.at(1));
    theme.begroot_total = Money{t.at(2).get<int64_t>()};
    theme.uitgaven = Money{t.at(3).get<int64_t>()};
    theme.verplichtingen = Money{t.at(4).get<int64_t>()};
    theme.saldo = Money{t.at(5).get<int64_t>()};
    for (const json& a : t.at(6)) theme.split.push_back(LineFrom(a));
    theme.uitgaven_kwartaal = Money{t.at(7).get<int64_t>()};
    theme.verplichtingen_kwartaal = Money{t.at(8).get<int64_t>()};
  }
  for (const json& a : j.at("actielijnen")) f.actielijnen.push_back(LineFrom(a));
  f.acties_by_status = StatusCountsFrom(j.at("acties"));
  f.acties_changed = StatusCountsFrom(j.at("acties_changed"));
  return f;
}

json DataJson(const CachedUnit& k) {
  return {{"summary", SummaryJson(k.summary)},   {"period", k.period.ToString()},
          {"load", DiagsJson(k.load)},           {"validate", DiagsJson(k.validate)},
          {"aggregate", DiagsJson(k.aggregate)}, {"figures", FiguresJson(k.figures)}};
}

CachedUnit DataFrom(const json& j) {
  CachedUnit k;
  k.summary = SummaryFrom(j.at("summary"));
  k.period = PeriodFrom(j.at("period"));
  k.load = DiagsFrom(j.at("load"));
  k.validate = DiagsFrom(j.at("validate"));
  k.aggregate = DiagsFrom(j.at("aggregate"));
  k.figures = FiguresFrom(j.at("figures"));
  return k;
}

/// Over everything an entry claims: format, version, unit, input files and data.
std::string Key(const std::string& version, const std::string& id,
                const std::vector<StatFile>& files, const std::string& data) {
  std::string text = "voortgang unit cache " + std::to_string(kFormat) + '\n' + version + '\n' +
                     id + '\n';
  for (const StatFile& f : files) {
    text += f.path + '\t' + std::to_string(f.stat.size) + '\t' + std::to_string(f.stat.mtime_ns) +
            '\t' + f.stat.sha256 + '\n';
  }
  return Sha256Hex(text + data);
}

}  // namespace

CachedUnit CachedFromRun(const Unit& unit, const UnitFigures& figures, Period period,
                         const UnitFindings& findings) {
  return {Summarize(unit), period, findings.load, findings.validate, findings.aggregate, figures};
}

std::string UnitCacheJson(const CachedUnit& unit, const std::vector<StatFile>& files,
                          const std::string& version) {
  try {
    std::string data = DataJson(unit).dump() + "\n";
    json list = json::array();
    for (const StatFile& f : files) {
      list.push_back({f.path, f.stat.size, f.stat.mtime_ns, f.stat.sha256});
    }
    json header = {
        {"format", kFormat}, {"key", Key(version, unit.summary.id, files, data)}, {"files", list}};
    return header.dump() + "\n" + data;
  } catch (const json::exception&) {
    return "";  // a string that is not UTF-8 cannot be written as JSON
  }
}

bool ParseUnitCache(const std::string& text, const std::string& id, std::vector<StatFile>* files,
                    const std::string& version,
                    const std::function<std::string(const std::string&)>& hash_of, CachedUnit* unit,
                    bool* restamp) {
  // One line of header, then the data the key covers as written.
  std::size_t newline = text.find('\n');
  if (newline == std::string::npos) return false;
  json header = json::parse(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(newline),
                            nullptr, /*allow_exceptions=*/false);
  if (!header.is_object()) return false;
  try {
    if (header.at("format").get<int>() != kFormat) return false;
    const json& list = header.at("files");
    if (!list.is_array() || list.size() != files->size()) return false;
    std::vector<StatFile> recorded;
    for (std::size_t i = 0; i < files->size(); ++i) {
      StatFile f{list[i].at(0).get<std::string>(),
                 {list[i].at(1).get<int64_t>(), list[i].at(2).get<int64_t>(),
                  list[i].at(3).get<std::string>()}};
      if (f.path != (*files)[i].path || f.stat.size != (*files)[i].stat.size) return false;
      recorded.push_back(std::move(f));
    }
    std::string data = text.substr(newline + 1);
    if (header.at("key").get<std::string>() != Key(version, id, recorded, data)) return false;
    // Hashed only after the key holds, so that a damaged entry costs no reading of inputs.
    bool stale = false;
    for (std::size_t i = 0; i < files->size(); ++i) {
      StatFile& now = (*files)[i];
      now.stat.sha256 = recorded[i].stat.sha256;
      if (recorded[i].stat.mtime_ns == now.stat.mtime_ns) continue;
      if (hash_of(now.path) != recorded[i].stat.sha256) return false;
      stale = true;
    }
    *unit = DataFrom(json::parse(data));
    *restamp = stale;
    return unit->summary.id == id && unit->figures.id == id;
  } catch (const std::exception&) {
    return false;  // nlohmann's errors and ours alike: a damaged entry
  }
}

}  // namespace voortgang
