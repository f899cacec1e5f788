// The publication page's Mustache context. {{x}} is HTML-escaped here (kainjow's default): the
// page is HTML, not the line language of the documents.
#include "pipeline/report/publication.h"

#include <kainjow/mustache.hpp>

#include "pipeline/format/dutch.h"
#include "pipeline/report/text.h"

namespace voortgang {
namespace {
namespace mustache = kainjow::mustache;

mustache::data Files(const std::vector<PublishedFile>& files) {
  mustache::data list{mustache::data::type::list};
  for (const PublishedFile& f : files) {
    mustache::object o;
    o["href"] = f.href;
    std::size_t slash = f.href.rfind('/');
    o["bestand"] = slash == std::string::npos ? f.href : f.href.substr(slash + 1);
    o["is_html"] = mustache::data(f.format == FileFormat::kHtml);
    o["is_pdf"] = mustache::data(f.format == FileFormat::kPdf);
    o["is_xlsx"] = mustache::data(f.format == FileFormat::kXlsx);
    o["grootte"] = FormatFileSize(f.size);
    list.push_back(o);
  }
  return list;
}

void Money4(mustache::object* o, Money middelen, Money uitgaven, Money verplichtingen,
            Money saldo) {
  (*o)["middelen"] = FormatMoney(middelen);
  (*o)["uitgaven"] = FormatMoney(uitgaven);
  (*o)["verplichtingen"] = FormatMoney(verplichtingen);
  (*o)["saldo"] = FormatMoney(saldo);
}

}  // namespace

std::string FormatFileSize(int64_t bytes) {
  if (bytes < 1000) return std::to_string(bytes) + " bytes";
  if (bytes < 1000 * 1000) return FormatDecimal(bytes / 1000.0, 1) + " kB";
  return FormatDecimal(bytes / 1e6, 1) + " MB";
}

std::string BuildPublicationPage(const PublicationInput& in, Diagnostics* diags) {
  mustache::object root;
  root["stijl"] = in.stylesheet;
  root["periode"] = in.period.ToString();
  root["periode_kort"] = FormatQuarterShort(in.period);
  root["periode_lang"] = FormatQuarterLong(in.period);
  root["datum"] = FormatDate(report::DateFromUnix(in.build_time_unix));
  root["versie"] = in.version;
  root["aantal_eenheden"] = std::to_string(in.units.size());
  mustache::object national;
  national["documenten"] = Files(in.national_files);
  national["heeft_documenten"] = mustache::data(!in.national_files.empty());
  if (in.national) {
    const NationalFigures& n = *in.national;
    Money4(&national, n.middelen, n.uitgaven, n.verplichtingen, n.saldo);
  }
  root["landelijk"] = national;
  mustache::data units{mustache::data::type::list};
  for (const PublishedUnit& p : in.units) {
    const UnitSummary& u = *p.unit;
    mustache::object o;
    o["id"] = u.id;
    o["naam"] = u.naam;
    bool gemeente = u.soort == UnitKind::kGemeente;
    o["is_gemeente"] = mustache::data(gemeente);
    o["is_regio"] = mustache::data(!gemeente);
    o["heeft_regio"] = mustache::data(!p.region_name.empty());
    o["regio"] = p.region_name;
    o["documenten"] = Files(p.files);
    o["heeft_budget"] = mustache::data(p.figures && p.figures->has_budget);
    if (p.figures) {
      const UnitFigures& f = *p.figures;
      Money4(&o, f.middelen, f.uitgaven, f.verplichtingen, f.saldo);
    }
    mustache::data warnings{mustache::data::type::list};
    for (const std::string& w : p.warnings) {
      mustache::object item;
      item["tekst"] = w;
      warnings.push_back(item);
    }
    o["waarschuwingen"] = std::move(warnings);
    o["heeft_waarschuwingen"] = mustache::data(!p.warnings.empty());
    units.push_back(o);
  }
  root["eenheden"] = std::move(units);
  mustache::mustache page{in.source.text};
  if (!page.is_valid()) {
    diags->Error({in.source.path, 0, 0}, "template: " + page.error_message());
    return "";
  }
  std::string out = page.render(root);
  if (!page.is_valid()) {
    diags->Error({in.source.path, 0, 0}, "template: " + page.error_message());
    return "";
  }
  return out;
}

}  // namespace voortgang
