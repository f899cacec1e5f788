// The differences between two checked trees, as JSON in the order of changes.md: units added
// and removed, per unit its money and records, the diagnostics, the outputs, national totals.
#include <set>
#include <stdexcept>

#include "pipeline/diff/diff.h"
#include "pipeline/load/load.h"

namespace voortgang {
namespace {

using Json = nlohmann::ordered_json;

/// new - old; both are sums the aggregate stage computed, so only a change of nearly the
/// whole int64 range overflows, which the command reports rather than print a wrong figure.
int64_t Difference(Money old_value, Money new_value) {
  Money d = new_value;
  if (!d.TrySub(old_value)) {
    throw std::overflow_error("the difference of " + ToDecimalString(old_value) + " and " +
                              ToDecimalString(new_value) + " euro cannot be computed exactly");
  }
  return d.cents;
}

/// Appends one money row when the amount changed. `scope` is "eenheid", "thema", "actielijn"
/// or "landelijk"; `year` only for begroot.
void AddRow(Json* rows, const std::string& scope, const std::string& id, const std::string& field,
            std::optional<int> year, Money old_value, Money new_value) {
  if (old_value == new_value) return;
  Json row = {{"scope", scope}};
  if (!id.empty()) row["id"] = id;
  row["field"] = field;
  if (year) row["year"] = std::to_string(*year);
  row["old"] = old_value.cents;
  row["new"] = new_value.cents;
  row["difference"] = Difference(old_value, new_value);
  rows->push_back(std::move(row));
}

void Years(Json* rows, const std::string& scope, const std::string& id, const YearAmounts& a,
           const YearAmounts& b) {
  std::set<int> years;
  for (const auto& [y, m] : a) years.insert(y);
  for (const auto& [y, m] : b) years.insert(y);
  for (int y : years) {
    auto ia = a.find(y);
    auto ib = b.find(y);
    Money old_value = ia == a.end() ? Money{} : ia->second;
    Money new_value = ib == b.end() ? Money{} : ib->second;
    AddRow(rows, scope, id, "begroot", y, old_value, new_value);
  }
}

void Lines(Json* rows, const std::string& scope, const std::vector<ActielijnFigures>& a,
           const std::vector<ActielijnFigures>& b) {
  std::map<std::string, const ActielijnFigures*> old_by_id;
  for (const ActielijnFigures& l : a) old_by_id[l.id] = &l;
  for (const ActielijnFigures& l : b) {
    ActielijnFigures none;
    none.id = l.id;
    auto it = old_by_id.find(l.id);
    const ActielijnFigures& o = it == old_by_id.end() ? none : *it->second;
    Years(rows, scope, l.id, o.begroot, l.begroot);
    AddRow(rows, scope, l.id, "uitgaven", {}, o.uitgaven, l.uitgaven);
    AddRow(rows, scope, l.id, "verplichtingen", {}, o.verplichtingen, l.verplichtingen);
  }
}

/// The totals a unit and the nation share: middelen, begroot per year, uitgaven,
/// verplichtingen and saldo.
template <typename T>
void Totals(Json* rows, const std::string& scope, const T& a, const T& b) {
  AddRow(rows, scope, "", "middelen", {}, a.middelen, b.middelen);
  Years(rows, scope, "", a.begroot, b.begroot);
  AddRow(rows, scope, "", "uitgaven", {}, a.uitgaven, b.uitgaven);
  AddRow(rows, scope, "", "verplichtingen", {}, a.verplichtingen, b.verplichtingen);
  AddRow(rows, scope, "", "saldo", {}, a.saldo, b.saldo);
}

Json UnitMoney(const UnitFigures& a, const UnitFigures& b) {
  Json rows = Json::array();
  Totals(&rows, "eenheid", a, b);
  std::map<std::string, const ThemeFigures*> old_themes;
  for (const ThemeFigures& t : a.themas) old_themes[t.id] = &t;
  for (const ThemeFigures& t : b.themas) {
    auto it = old_themes.find(t.id);
    if (it == old_themes.end()) continue;  // a theme added is listed as such
    const ThemeFigures& o = *it->second;
    Years(&rows, "thema", t.id, o.begroot, t.begroot);
    AddRow(&rows, "thema", t.id, "uitgaven", {}, o.uitgaven, t.uitgaven);
    AddRow(&rows, "thema", t.id, "verplichtingen", {}, o.verplichtingen, t.verplichtingen);
    AddRow(&rows, "thema", t.id, "saldo", {}, o.saldo, t.saldo);
  }
  Lines(&rows, "actielijn", a.actielijnen, b.actielijnen);
  return rows;
}

/// Records of one kind matched by a key: added, removed, and those whose fields differ.
template <typename T, typename KeyFn, typename DescribeFn, typename FieldsFn>
Json Records(const std::vector<T>& a, const std::vector<T>& b, KeyFn key, DescribeFn describe,
             FieldsFn fields) {
  std::map<std::string, const T*> old_by_key, new_by_key;
  for (const T& r : a) old_by_key.emplace(key(r), &r);
  for (const T& r : b) new_by_key.emplace(key(r), &r);
  Json added = Json::array(), removed = Json::array(), changed = Json::array();
  for (const T& r : b) {
    auto it = old_by_key.find(key(r));
    if (it == old_by_key.end()) {
      added.push_back(describe(r));
    } else if (it->second != nullptr) {
      Json f = fields(*it->second, r);
      if (!f.empty()) {
        Json d = describe(r);
        d["fields"] = f;
        changed.push_back(d);
      }
      it->second = nullptr;  // a repeated key is matched once
    }
  }
  for (const T& r : a) {
    if (!new_by_key.count(key(r))) removed.push_back(describe(r));
  }
  Json out = Json::object();
  if (!added.empty()) out["added"] = added;
  if (!removed.empty()) out["removed"] = removed;
  if (!changed.empty()) out["changed"] = changed;
  return out;
}

std::string OptDate(const std::optional<Date>& d) {
  if (!d) return "";
  char text[16];
  std::snprintf(text, sizeof(text), "%04d-%02d-%02d", d->year, d->month, d->day);
  return text;
}

void Field(Json* fields, const char* name, bool differs) {
  if (differs) fields->push_back(name);
}

const Voortgang* NarrativeFor(const Thema& t, Period p) {
  for (const Voortgang& v : t.voortgang) {
    if (v.periode == p) return &v;
  }
  return nullptr;
}

void Themes(const Unit& a, const Unit& b, Period period, Json* out) {
  std::map<std::string, const Thema*> old_by_id, new_by_id;
  for (const Thema& t : a.themas) old_by_id.emplace(t.id, &t);
  for (const Thema& t : b.themas) new_by_id.emplace(t.id, &t);
  Json added = Json::array(), removed = Json::array(), renamed = Json::array();
  Json acties_added = Json::array(), acties_removed = Json::array(), status = Json::array();
  Json narrative = Json::array();
  for (const Thema& t : b.themas) {
    auto it = old_by_id.find(t.id);
    if (it == old_by_id.end()) {
      added.push_back({{"id", t.id}, {"naam", t.naam}});
      continue;
    }
    const Thema& o = *it->second;
    if (o.naam != t.naam) renamed.push_back({{"id", t.id}, {"old", o.naam}, {"new", t.naam}});
    std::map<std::string, const Actie*> old_acties, new_acties;
    for (const Actie& x : o.acties) old_acties.emplace(x.naam, &x);
    for (const Actie& x : t.acties) new_acties.emplace(x.naam, &x);
    for (const Actie& x : t.acties) {
      auto found = old_acties.find(x.naam);
      if (found == old_acties.end()) {
        acties_added.push_back(
            {{"thema", t.id}, {"naam", x.naam}, {"status", StatusName(x.status)}});
      } else if (found->second->status != x.status) {
        status.push_back({{"thema", t.id},
                          {"naam", x.naam},
                          {"old", StatusName(found->second->status)},
                          {"new", StatusName(x.status)}});
      }
    }
    for (const Actie& x : o.acties) {
      if (!new_acties.count(x.naam)) {
        acties_removed.push_back(
            {{"thema", t.id}, {"naam", x.naam}, {"status", StatusName(x.status)}});
      }
    }
    const Voortgang* vo = NarrativeFor(o, period);
    const Voortgang* vn = NarrativeFor(t, period);
    static const Voortgang kNone;
    const Voortgang& po = vo ? *vo : kNone;
    const Voortgang& pn = vn ? *vn : kNone;
    Json fields = Json::array();
    Field(&fields, "stand", po.stand != pn.stand);
    Field(&fields, "opgaven", po.opgaven != pn.opgaven);
    Field(&fields, "besluitvorming", po.besluitvorming != pn.besluitvorming);
    if (!fields.empty()) narrative.push_back({{"thema", t.id}, {"fields", fields}});
  }
  for (const Thema& t : a.themas) {
    if (!new_by_id.count(t.id)) removed.push_back({{"id", t.id}, {"naam", t.naam}});
  }
  auto put = [&](const char* key, Json& value) {
    if (!value.empty()) (*out)[key] = std::move(value);
  };
  put("themas_added", added);
  put("themas_removed", removed);
  put("themas_renamed", renamed);
  put("acties_added", acties_added);
  put("acties_removed", acties_removed);
  put("acties_status", status);
  put("voortgang", narrative);
}

Json UnitChanges(const Unit& a, const Unit& b, const UnitFigures& fa, const UnitFigures& fb,
                 Period period) {
  Json out = {{"id", b.id}, {"naam", b.naam}};
  Json money = UnitMoney(fa, fb);
  if (!money.empty()) out["money"] = money;
  Themes(a, b, period, &out);
  Json besluiten = Records(
      a.besluiten, b.besluiten, [](const Besluit& r) { return r.onderwerp; },
      [](const Besluit& r) {
        return Json{{"onderwerp", r.onderwerp}, {"periode", r.periode.ToString()}};
      },
      [](const Besluit& x, const Besluit& y) {
        Json f = Json::array();
        Field(&f, "vorm", x.vorm != y.vorm);
        Field(&f, "periode", x.periode != y.periode);
        Field(&f, "tot", x.tot != y.tot);
        Field(&f, "thema", x.thema != y.thema);
        return f;
      });
  Json mijlpalen = Records(
      a.mijlpalen, b.mijlpalen, [](const Mijlpaal& r) { return r.naam; },
      [](const Mijlpaal& r) {
        return Json{{"naam", r.naam}, {"periode", r.periode.ToString()}};
      },
      [](const Mijlpaal& x, const Mijlpaal& y) {
        Json f = Json::array();
        Field(&f, "periode", x.periode != y.periode);
        Field(&f, "thema", x.thema != y.thema);
        return f;
      });
  Json kerncijfers = Records(
      a.kerncijfers, b.kerncijfers,
      [](const Kerncijfer& r) { return r.naam + '\n' + OptDate(r.peildatum); },
      [](const Kerncijfer& r) {
        return Json{{"naam", r.naam}, {"peildatum", OptDate(r.peildatum)}};
      },
      [](const Kerncijfer& x, const Kerncijfer& y) {
        Json f = Json::array();
        Field(&f, "waarde",
              x.waarde.value != y.waarde.value || x.waarde.decimals != y.waarde.decimals);
        Field(&f, "toelichting", x.toelichting != y.toelichting);
        return f;
      });
  if (!besluiten.empty()) out["besluiten"] = besluiten;
  if (!mijlpalen.empty()) out["mijlpalen"] = mijlpalen;
  if (!kerncijfers.empty()) out["kerncijfers"] = kerncijfers;
  return out;
}

/// Warnings keyed by file (relative to its tree) and message: a warning that only moved
/// lines because of an edit above it is neither new nor resolved.
std::multiset<std::pair<std::string, std::string>> WarningKeys(const Diagnostics& d,
                                                               const std::string& dir) {
  std::multiset<std::pair<std::string, std::string>> out;
  std::string prefix = JoinPath(dir, "");
  for (const Diagnostic& x : d.items) {
    if (x.severity != Severity::kWarning) continue;
    std::string file =
        x.where.file.rfind(prefix, 0) == 0 ? x.where.file.substr(prefix.size()) : x.where.file;
    out.emplace(file, x.message);
  }
  return out;
}

Json WarningsOnlyIn(const Diagnostics& d, const std::string& dir,
                    std::multiset<std::pair<std::string, std::string>> other) {
  Json out = Json::array();
  std::string prefix = JoinPath(dir, "");
  for (const Diagnostic& x : d.items) {
    if (x.severity != Severity::kWarning) continue;
    std::string file =
        x.where.file.rfind(prefix, 0) == 0 ? x.where.file.substr(prefix.size()) : x.where.file;
    auto it = other.find({file, x.message});
    if (it != other.end()) {
      other.erase(it);
      continue;
    }
    out.push_back({{"file", x.where.file},
                   {"line", x.where.line},
                   {"column", x.where.column},
                   {"message", x.message}});
  }
  return out;
}

Json NationalMoney(const NationalFigures& a, const NationalFigures& b) {
  Json rows = Json::array();
  Totals(&rows, "landelijk", a, b);
  for (Json& row : rows) row.erase("scope");
  return rows;
}

}  // namespace

Json CompareTrees(const DiffTrees& trees, const DiffOptions& options) {
  const Inputs& a = trees.base.inputs;
  const Inputs& b = trees.head.inputs;
  Period period = *trees.head.period;
  std::map<std::string, std::size_t> old_index, new_index;
  for (std::size_t i = 0; i < a.units.size(); ++i) old_index[a.units[i].id] = i;
  for (std::size_t i = 0; i < b.units.size(); ++i) new_index[b.units[i].id] = i;

  Json added = Json::array(), removed = Json::array(), units = Json::array();
  for (std::size_t i = 0; i < b.units.size(); ++i) {
    const Unit& u = b.units[i];
    auto it = old_index.find(u.id);
    if (it == old_index.end()) {
      added.push_back({{"id", u.id}, {"naam", u.naam}});
      continue;
    }
    Json changes = UnitChanges(a.units[it->second], u, trees.base.figures.units[it->second],
                               trees.head.figures.units[i], period);
    if (changes.size() > 2) units.push_back(std::move(changes));  // more than id and naam
  }
  for (const Unit& u : a.units) {
    if (!new_index.count(u.id)) removed.push_back({{"id", u.id}, {"naam", u.naam}});
  }
  Json introduced = WarningsOnlyIn(trees.head_diags, options.inputs_dir,
                                   WarningKeys(trees.base_diags, options.base_dir));
  Json resolved = WarningsOnlyIn(trees.base_diags, options.base_dir,
                                 WarningKeys(trees.head_diags, options.inputs_dir));
  Json outputs = Json::array();
  for (const auto& [path, key] : trees.head_outputs) {
    auto it = trees.base_outputs.find(path);
    if (it == trees.base_outputs.end() || it->second != key) outputs.push_back(path);
  }
  Json national = NationalMoney(trees.base.figures.national, trees.head.figures.national);
  bool changed = !added.empty() || !removed.empty() || !units.empty() || !introduced.empty() ||
                 !resolved.empty() || !national.empty();
  return {{"period", period.ToString()},
          {"base", options.base_dir},
          {"inputs", options.inputs_dir},
          {"changed", changed},
          {"units_added", added},
          {"units_removed", removed},
          {"units", units},
          {"warnings_introduced", introduced},
          {"warnings_resolved", resolved},
          {"outputs", outputs},
          {"national", national}};
}

}  // namespace voortgang
