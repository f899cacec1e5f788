// The rows of a ledger's CSV export turned into bookings, with a diagnostic at the line and
// column of every field that cannot be read.
#include <cstdio>
#include <map>

#include "pipeline/load/csv_import.h"
#include "pipeline/load/limits.h"
#include "pipeline/model/nearest.h"

namespace voortgang {
namespace {

/// One mapped column: the header name asked for and where it was found.
struct Column {
  std::string_view key;  ///< the kolommen key: "datum", "bedrag", ...
  const std::string* header;
  int index = -1;
};

std::string HexBytes(std::string_view bytes) {
  std::string out;
  for (unsigned char c : bytes) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "%s0x%02X", out.empty() ? "" : " ", c);
    out += hex;
  }
  return out;
}

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

/// The mapped words listed for a message, up to ten.
std::string Listed(const std::vector<CsvMapping>& mappings) {
  std::string out;
  for (std::size_t i = 0; i < mappings.size() && i < 10; ++i) {
    out += (i ? ", " : "") + Quoted(mappings[i].key);
  }
  return mappings.size() > 10 ? out + ", ..." : out;
}

class RowReader {
 public:
  RowReader(const CsvImport& spec, const std::string& path, std::string_view text, Budget* out,
            Diagnostics* diags)
      : spec_(spec),
        path_(path),
        positions_(text, /*utf8=*/true),
        out_(out),
        diags_(diags),
        errors_before_(diags->ErrorCount()) {
    const CsvColumns& c = spec.columns;
    for (auto [key, header] : {std::pair{"datum", &c.datum}, {"periode", &c.periode},
                               {"bedrag", &c.bedrag}, {"omschrijving", &c.omschrijving},
                               {"kostenplaats", &c.kostenplaats}, {"thema", &c.thema},
                               {"soort", &c.soort}}) {
      if (!header->empty()) columns_.push_back({key, header});
    }
    for (std::size_t i = 0; i < spec.kostenplaatsen.size(); ++i) {
      kostenplaatsen_.emplace(spec.kostenplaatsen[i].key, i);
    }
    for (std::size_t i = 0; i < spec.soorten.size(); ++i) soorten_.emplace(spec.soorten[i].key, i);
    used_kostenplaatsen_.assign(spec.kostenplaatsen.size(), false);
    used_soorten_.assign(spec.soorten.size(), false);
  }

  void Record(std::span<const CsvField> fields, std::size_t end) {
    if (!header_read_) {
      header_read_ = true;
      header_ok_ = Header(fields);
      header_fields_ = fields.size();
      return;
    }
    if (!header_ok_ || stopped_) return;
    if (out_->boekingen.size() >= kMaxRecordsPerArray) {
      diags_->Error(At(fields[0].offset), "more than " + std::to_string(kMaxRecordsPerArray) +
                                              " bookings in one file");
      stopped_ = true;
      return;
    }
    if (fields.size() < header_fields_) {
      diags_->Error(At(end), "row has " + std::to_string(fields.size()) +
                                 " fields, fewer than the header's " +
                                 std::to_string(header_fields_));
      return;
    }
    Row(fields);
  }

  /// Warnings for mapping keys no row used; only meaningful when every row was read.
  void Finish() {
    if (!header_read_) {
      diags_->Error({path_, 1, 1}, "the file is empty: its first row must be the header");
      return;
    }
    // While rows are in error, a mapping they would have used may look unused.
    if (!header_ok_ || stopped_ || diags_->ErrorCount() > errors_before_) return;
    auto unused = [&](const std::vector<CsvMapping>& m, const std::vector<bool>& used,
                      std::string_view what) {
      for (std::size_t i = 0; i < m.size(); ++i) {
        if (used[i]) continue;
        diags_->Warning(m[i].where, std::string(what) + " " + Quoted(m[i].key) +
                                        " is mapped, but no row of " + spec_.bestand +
                                        " uses it");
      }
    };
    unused(spec_.kostenplaatsen, used_kostenplaatsen_, "kostenplaats");
    unused(spec_.soorten, used_soorten_, "soort");
  }

  SourceRef At(std::size_t offset) {
    TextPosition p = positions_.At(offset);
    return {path_, p.line, p.column};
  }

 private:
  bool Header(std::span<const CsvField> fields) {
    std::vector<std::string_view> names;
    for (const CsvField& f : fields) names.push_back(f.text);
    bool ok = true;
    for (Column& c : columns_) {
      for (std::size_t i = 0; i < names.size() && c.index < 0; ++i) {
        if (names[i] == *c.header) c.index = static_cast<int>(i);
      }
      if (c.index >= 0) continue;
      std::string message = "the header has no column " + Quoted(*c.header) + " (kolommen." +
                            std::string(c.key) + " in budget.toml)";
      std::string near = NearestWord(*c.header, names);
      if (!near.empty()) message += "; did you mean " + Quoted(near) + "?";
      diags_->Error({path_, 1, 1}, message);
      ok = false;
    }
    return ok;
  }

  const CsvField& Field(std::span<const CsvField> fields, std::string_view key) {
    for (const Column& c : columns_) {
      if (c.key == key) return fields[c.index];
    }
    static const CsvField kNone{"", 0};
    return kNone;
  }
  bool Has(std::string_view key) const {
    for (const Column& c : columns_) {
      if (c.key == key) return true;
    }
    return false;
  }

  void Row(std::span<const CsvField> fields) {
    Boeking b;
    bool ok = true;
    if (Has("datum")) {
      const CsvField& f = Field(fields, "datum");
      std::optional<Date> date = ParseCsvDate(f.text, spec_.date_order);
      if (date) {
        b.periode = PeriodOf(*date);
      } else {
        bool dmy = spec_.date_order == DateOrder::kDayMonthYear;
        diags_->Error(At(f.offset), "invalid date " + Quoted(f.text) + ": expected " +
                                        (dmy ? "dd-mm-jjjj such as \"31-12-2024\""
                                             : "jjjj-mm-dd such as \"2024-12-31\"") +
                                        ", a real day in the years " + std::to_string(kMinYear) +
                                        "-" + std::to_string(kMaxYear));
        ok = false;
      }
    } else {
      const CsvField& f = Field(fields, "periode");
      std::optional<Period> p = ParsePeriod(f.text);
      if (p) {
        b.periode = *p;
      } else {
        diags_->Error(At(f.offset), "invalid period " + Quoted(f.text) +
                                        ": expected \"YYYY-Qn\" with n 1-4 and a year " +
                                        std::to_string(kMinYear) + "-" + std::to_string(kMaxYear));
        ok = false;
      }
    }
    const CsvField& amount = Field(fields, "bedrag");
    CsvAmount money = ParseCsvAmount(amount.text, spec_.decimal_mark);
    if (money.money) {
      b.bedrag = *money.money;
    } else {
      diags_->Error(At(amount.offset), "amount " + Quoted(amount.text) + " " + money.error);
      ok = false;
    }
    ok = Theme(fields, &b) && ok;
    ok = SoortOf(fields, &b) && ok;
    if (Has("omschrijving")) ok = Omschrijving(Field(fields, "omschrijving"), &b) && ok;
    if (ok) out_->boekingen.push_back(std::move(b));
  }

  bool Theme(std::span<const CsvField> fields, Boeking* b) {
    if (Has("thema")) {
      const CsvField& f = Field(fields, "thema");
      b->where = At(f.offset);
      if (f.text.empty()) {
        diags_->Error(b->where, "empty thema: every row needs a theme id");
        return false;
      }
      b->thema = f.text;
      return true;
    }
    const CsvField& f = Field(fields, "kostenplaats");
    b->where = At(f.offset);
    auto it = kostenplaatsen_.find(f.text);
    if (it != kostenplaatsen_.end()) {
      used_kostenplaatsen_[it->second] = true;
      b->thema = spec_.kostenplaatsen[it->second].value;
      return true;
    }
    std::vector<std::string_view> known;
    for (const CsvMapping& m : spec_.kostenplaatsen) known.push_back(m.key);
    std::string message = "unknown kostenplaats " + Quoted(f.text);
    std::string near = NearestWord(f.text, known);
    if (!near.empty()) message += "; did you mean " + Quoted(near) + "?";
    else message += ": kostenplaatsen in budget.toml maps " + Listed(spec_.kostenplaatsen);
    diags_->Error(b->where, message);
    return false;
  }

  bool SoortOf(std::span<const CsvField> fields, Boeking* b) {
    if (!Has("soort")) return true;
    const CsvField& f = Field(fields, "soort");
    if (f.text.empty()) return true;  // the default, as in [[boeking]]
    std::string_view word = f.text;
    if (!spec_.soorten.empty()) {
      auto it = soorten_.find(f.text);
      if (it == soorten_.end()) {
        std::vector<std::string_view> known;
        for (const CsvMapping& m : spec_.soorten) known.push_back(m.key);
        std::string message = "unknown soort " + Quoted(f.text) + ": soorten in budget.toml maps " +
                              Listed(spec_.soorten);
        std::string near = NearestWord(f.text, known);
        if (!near.empty()) message += "; did you mean " + Quoted(near) + "?";
        diags_->Error(At(f.offset), message);
        return false;
      }
      used_soorten_[it->second] = true;
      word = spec_.soorten[it->second].value;
    }
    if (word == "uitgave" || word == "verplichting") {
      b->soort = word == "uitgave" ? Soort::kUitgave : Soort::kVerplichting;
      return true;
    }
    std::string message = "soort must be \"uitgave\" or \"verplichting\", not " + Quoted(word);
    std::string near = NearestWord(word, {"uitgave", "verplichting"});
    if (!near.empty()) message += "; did you mean " + Quoted(near) + "?";
    diags_->Error(At(f.offset), message);
    return false;
  }

  bool Omschrijving(const CsvField& f, Boeking* b) {
    if (f.text.size() > kMaxTextBytes) {
      diags_->Error(At(f.offset), "omschrijving is longer than the limit of " +
                                      std::to_string(kMaxTextBytes >> 10) + " KiB");
      return false;
    }
    for (unsigned char c : f.text) {
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
        char code[8];
        std::snprintf(code, sizeof code, "U+%04X", c);
        diags_->Error(At(f.offset),
                      std::string("omschrijving contains control character ") + code +
                          "; remove it");
        return false;
      }
    }
    b->omschrijving = f.text;
    return true;
  }

  const CsvImport& spec_;
  const std::string& path_;
  PositionCounter positions_;
  Budget* out_;
  Diagnostics* diags_;
  int errors_before_;
  std::vector<Column> columns_;
  std::map<std::string, std::size_t, std::less<>> kostenplaatsen_, soorten_;
  std::vector<bool> used_kostenplaatsen_, used_soorten_;
  bool header_read_ = false, header_ok_ = false, stopped_ = false;
  std::size_t header_fields_ = 0;
};

}  // namespace

void LoadCsvBookings(const CsvImport& spec, const std::string& path, std::string_view bytes,
                     Budget* out, Diagnostics* diags) {
  bool utf8 = spec.encoding == CsvEncoding::kUtf8;
  std::string_view body = utf8 ? WithoutUtf8Bom(bytes) : bytes;
  if (!utf8 && body.size() != WithoutUtf8Bom(body).size()) {
    diags->Error({path, 1, 1}, "the file starts with a UTF-8 byte order mark, but "
                               "[import.boekingen] says codering = \"windows-1252\"; "
                               "set codering = \"utf-8\"");
    return;
  }
  DecodeError bad;
  std::optional<std::string> text = DecodeToUtf8(body, spec.encoding, &bad);
  if (!text) {
    TextPosition p = PositionCounter(body, utf8).At(bad.offset);
    diags->Error({path, p.line, p.column},
                 (bad.bytes.size() == 1 ? "byte " : "bytes ") + HexBytes(bad.bytes) +
                     (utf8 ? " is not valid UTF-8 (codering = \"utf-8\"); an export from "
                             "Excel on Windows is usually codering = \"windows-1252\""
                           : " is not a character in windows-1252 (codering = \"windows-1252\")"));
    return;
  }
  RowReader rows(spec, path, *text, out, diags);
  std::size_t error_offset = 0;
  bool ok = ReadCsv(
      *text, spec.separator,
      [&](std::span<const CsvField> fields, std::size_t end) { rows.Record(fields, end); },
      &error_offset);
  if (!ok) {
    diags->Error(rows.At(error_offset),
                 "malformed quoting: a field that holds a quote must be quoted whole, "
                 "with the quote doubled (\"\"), and nothing may follow its closing quote");
    return;
  }
  rows.Finish();
}

}  // namespace voortgang
