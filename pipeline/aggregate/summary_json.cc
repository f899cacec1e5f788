// JSON rendering of the figures; keys in the order cli.md shows them.
#include "pipeline/aggregate/summary_json.h"

#include <nlohmann/json.hpp>

namespace voortgang {
namespace {

using Json = nlohmann::ordered_json;

Json Years(const YearAmounts& years) {
  Json out = Json::object();
  for (const auto& [year, amount] : years) out[std::to_string(year)] = amount.cents;
  return out;
}

Json Actielijnen(const std::vector<ActielijnFigures>& lijnen) {
  Json out = Json::array();
  for (const ActielijnFigures& a : lijnen) {
    out.push_back({{"id", a.id},
                   {"begroot", Years(a.begroot)},
                   {"uitgaven", a.uitgaven.cents},
                   {"verplichtingen", a.verplichtingen.cents},
                   {"uitgaven_kwartaal", a.uitgaven_kwartaal.cents},
                   {"verplichtingen_kwartaal", a.verplichtingen_kwartaal.cents}});
  }
  return out;
}

}  // namespace

std::string SummaryJson(const Figures& figures) {
  Json units = Json::array();
  for (const UnitFigures& u : figures.units) {
    Json themas = Json::array();
    for (const ThemeFigures& t : u.themas) {
      themas.push_back({{"id", t.id},
                        {"begroot", Years(t.begroot)},
                        {"uitgaven", t.uitgaven.cents},
                        {"verplichtingen", t.verplichtingen.cents},
                        {"uitgaven_kwartaal", t.uitgaven_kwartaal.cents},
                        {"verplichtingen_kwartaal", t.verplichtingen_kwartaal.cents}});
    }
    units.push_back({{"id", u.id},
                     {"middelen", u.middelen.cents},
                     {"begroot", Years(u.begroot)},
                     {"uitgaven", u.uitgaven.cents},
                     {"verplichtingen", u.verplichtingen.cents},
                     {"saldo", u.saldo.cents},
                     {"uitgaven_kwartaal", u.uitgaven_kwartaal.cents},
                     {"verplichtingen_kwartaal", u.verplichtingen_kwartaal.cents},
                     {"themas", themas},
                     {"actielijnen", Actielijnen(u.actielijnen)}});
  }
  const NationalFigures& n = figures.national;
  Json out = {{"period", figures.period.ToString()},
              {"vorige_periode", figures.previous.ToString()},
              {"units", units},
              {"national",
               {{"middelen", n.middelen.cents},
                {"uitgaven", n.uitgaven.cents},
                {"verplichtingen", n.verplichtingen.cents},
                {"saldo", n.saldo.cents},
                {"uitgaven_kwartaal", n.uitgaven_kwartaal.cents},
                {"verplichtingen_kwartaal", n.verplichtingen_kwartaal.cents},
                {"actielijnen", Actielijnen(n.actielijnen)}}}};
  return out.dump(2) + "\n";
}

}  // namespace voortgang
