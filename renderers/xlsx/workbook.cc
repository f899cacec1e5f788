// Opens a workbook, sets its properties and formats, has each sheet written, and closes it;
// the one place that turns libxlsxwriter's failures into the caller's error text.
#include "renderers/xlsx/workbook.h"

#include <filesystem>
#include <memory>
#include <set>

#include <unistd.h>

#include "renderers/xlsx/national_sheets.h"
#include "renderers/xlsx/quarter_grid.h"
#include "renderers/xlsx/unit_sheets.h"

namespace voortgang {
namespace {

using xlsx::Formats;

struct WorkbookCloser {
  void operator()(lxw_workbook* wb) const { workbook_close(wb); }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookCloser>;

struct Properties {
  std::string title, subject, keywords, company;
};

void SetProperties(lxw_workbook* wb, const Properties& p, const Provenance& provenance) {
  std::string author = "voortgang " + provenance.version;
  std::string comments = "Gemaakt met voortgang " + provenance.version + " uit de invoer van " +
                         provenance.period.ToString();
  lxw_doc_properties props = {};
  props.title = const_cast<char*>(p.title.c_str());
  props.subject = const_cast<char*>(p.subject.c_str());
  props.author = const_cast<char*>(author.c_str());
  props.company = const_cast<char*>(p.company.c_str());
  props.category = const_cast<char*>("Begroting");
  props.keywords = const_cast<char*>(p.keywords.c_str());
  props.comments = comments.data();
  // The only date in the file; fixed, it makes identical inputs give identical bytes.
  props.created = static_cast<time_t>(provenance.build_time);
  workbook_set_properties(wb, &props);
}

/// Checked before libxlsxwriter, which would print its own message to stderr.
bool ParentExists(const std::string& path, std::string* error) {
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (parent.empty() || std::filesystem::is_directory(parent, ec)) return true;
  *error = path + ": cannot write workbook: no such directory";
  return false;
}

/// libxlsxwriter writes each XML part to a temporary file before zipping it (about 20 per
/// workbook), by default with tmpfile() in /tmp; in /dev/shm, where Linux has it, those files
/// stay in memory. The directory changes no byte of the workbook.
WorkbookPtr OpenWorkbook(const std::string& path) {
  static const bool shm = [] {
    std::error_code ec;
    return std::filesystem::is_directory("/dev/shm", ec) && access("/dev/shm", W_OK | X_OK) == 0;
  }();
  lxw_workbook_options options = {};
  options.tmpdir = shm ? const_cast<char*>("/dev/shm") : nullptr;
  return WorkbookPtr(workbook_new_opt(path.c_str(), &options));
}

/// Closes the workbook (which writes the file) and reports the first failure.
bool Close(WorkbookPtr wb, const std::string& path, std::string* error) {
  std::string sheet_error = error->empty() ? "" : *error;
  lxw_error err = workbook_close(wb.release());
  if (!sheet_error.empty()) {
    *error = path + ": " + sheet_error;
    return false;
  }
  if (err != LXW_NO_ERROR) {
    *error = path + ": cannot write workbook: " + lxw_strerror(err);
    return false;
  }
  return true;
}

}  // namespace

bool WriteUnitWorkbook(const Inputs& inputs, const Unit& unit, const UnitFigures& figures,
                       Period period, const Provenance& provenance, const std::string& path,
                       std::string* error) {
  std::string local_error;
  std::string* err = error ? error : &local_error;
  err->clear();
  if (!unit.budget) {
    *err = path + ": unit " + unit.id + " has no budget";
    return false;
  }
  if (!ParentExists(path, err)) return false;
  WorkbookPtr wb = OpenWorkbook(path);
  if (!wb) {
    *err = path + ": cannot create workbook";
    return false;
  }
  std::string p = period.ToString();
  SetProperties(wb.get(),
                {"Budget " + unit.naam + " " + p, "Begroting, uitgaven en verplichtingen t/m " + p,
                 "budget, " + unit.id + ", " + p, unit.naam},
                provenance);
  Formats formats = xlsx::MakeFormats(wb.get());
  std::vector<int> years;
  for (const YearFigures& y : figures.years) years.push_back(y.year);
  xlsx::UnitContext ctx{inputs, unit, figures, period, formats, years, xlsx::Footer(unit.naam, p),
                        err};

  lxw_worksheet* overzicht = workbook_add_worksheet(wb.get(), xlsx::kOverzicht);
  lxw_worksheet* begroting = workbook_add_worksheet(wb.get(), xlsx::kBegroting);
  lxw_worksheet* boekingen = workbook_add_worksheet(wb.get(), xlsx::kBoekingen);
  lxw_worksheet* actielijnen = workbook_add_worksheet(wb.get(), xlsx::kActielijnen);
  lxw_worksheet* per_kwartaal = workbook_add_worksheet(wb.get(), xlsx::kPerKwartaal);
  lxw_worksheet* verantwoording = workbook_add_worksheet(wb.get(), xlsx::kVerantwoording);
  xlsx::BegrotingLayout layout = xlsx::WriteBegroting(begroting, ctx);
  xlsx::WriteOverzicht(wb.get(), overzicht, ctx, layout);
  xlsx::WriteBoekingen(boekingen, ctx);
  xlsx::WriteActielijnen(actielijnen, ctx);
  xlsx::WritePerKwartaal(wb.get(), per_kwartaal, ctx);
  xlsx::WriteVerantwoording(verantwoording, formats, "Budget " + unit.naam + " (" + unit.id + ")",
                            provenance, ctx.footer, err);
  return Close(std::move(wb), path, err);
}

bool WriteNationalWorkbook(const Programma& programma, const std::vector<UnitSummary>& units,
                           const Figures& figures, const Provenance& provenance,
                           const std::string& path, std::string* error) {
  std::string local_error;
  std::string* err = error ? error : &local_error;
  err->clear();
  if (!ParentExists(path, err)) return false;
  WorkbookPtr wb = OpenWorkbook(path);
  if (!wb) {
    *err = path + ": cannot create workbook";
    return false;
  }
  std::string p = figures.period.ToString();
  std::string naam = programma.naam.empty() ? "Landelijk" : programma.naam;
  SetProperties(wb.get(),
                {"Budget landelijk " + p, naam + ": begroting, uitgaven en verplichtingen t/m " + p,
                 "budget, landelijk, " + p, naam},
                provenance);
  Formats formats = xlsx::MakeFormats(wb.get());
  xlsx::NationalContext ctx{programma, units, figures, formats, {}, xlsx::Footer("Landelijk", p),
                            err};
  std::set<int> years;
  for (const UnitFigures& u : figures.units)
    for (const YearFigures& y : u.years) years.insert(y.year);
  for (const auto& [year, amount] : figures.national.begroot) years.insert(year);
  ctx.years.assign(years.begin(), years.end());

  lxw_worksheet* eenheden = workbook_add_worksheet(wb.get(), xlsx::kEenheden);
  lxw_worksheet* actielijnen = workbook_add_worksheet(wb.get(), xlsx::kActielijnen);
  lxw_worksheet* detail = workbook_add_worksheet(wb.get(), xlsx::kDetail);
  lxw_worksheet* per_kwartaal = workbook_add_worksheet(wb.get(), xlsx::kPerKwartaal);
  lxw_worksheet* kwartaalcijfers = workbook_add_worksheet(wb.get(), xlsx::kKwartaalcijfers);
  lxw_worksheet* verantwoording = workbook_add_worksheet(wb.get(), xlsx::kVerantwoording);
  xlsx::WriteEenheden(eenheden, ctx);
  xlsx::DetailLayout layout = xlsx::WriteDetail(detail, ctx);
  xlsx::WriteNationalActielijnen(wb.get(), actielijnen, ctx, layout);
  xlsx::WriteNationalPerKwartaal(wb.get(), per_kwartaal, kwartaalcijfers, ctx);
  xlsx::WriteVerantwoording(verantwoording, formats, naam + ", landelijk", provenance, ctx.footer,
                            err);
  return Close(std::move(wb), path, err);
}

}  // namespace voortgang
