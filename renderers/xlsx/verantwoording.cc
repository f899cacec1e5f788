// The Verantwoording sheet: what a workbook was built from, so a controller can trace every
// amount back to an input file and its exact version.
#include <string>

#include "renderers/xlsx/unit_sheets.h"

namespace voortgang::xlsx {

void WriteVerantwoording(lxw_worksheet* ws, const Formats& f, const std::string& subject,
                         const Provenance& provenance, const std::string& footer,
                         std::string* error) {
  Sheet s(ws, f, error);
  s.Text(0, 0, "Verantwoording", f.title, false);
  int row = 2;
  auto line = [&](const char* label, const std::string& value) {
    s.Text(row, 0, label, f.label);
    s.Text(row++, 1, value, f.text);
  };
  line("Onderwerp", subject);
  line("Rapportageperiode", provenance.period.ToString());
  s.Text(row, 0, "Gemaakt op (UTC)", f.label);
  s.Datetime(row++, 1, provenance.build_time, f.datetime, 24);
  line("Gemaakt met", "voortgang " + provenance.version);
  line("Bedragen",
       "Exact in centen berekend uit de invoer; totalen zijn formules met hun berekende waarde.");
  ++row;
  int header = row++;
  s.Text(header, 0, "Invoerbestand", f.header);
  s.Text(header, 1, "SHA-256", f.header);
  for (const ProvenanceFile& file : provenance.files) {
    s.Text(row, 0, file.path, f.text);
    s.Text(row++, 1, file.sha256, f.mono);
  }
  s.SetupPrint(footer, header);
  s.SetColumnWidths(10, 90);
}

}  // namespace voortgang::xlsx
