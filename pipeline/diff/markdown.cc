// The diff as Dutch Markdown for GitHub: a step summary or a pull-request comment.
#include <cstdio>
#include <sstream>

#include "pipeline/diff/diff.h"
#include "pipeline/format/dutch.h"

namespace voortgang {
namespace {

using Json = nlohmann::ordered_json;

/// "€ 1.234,56" with a plain space: a Markdown reader copies it as text, and GitHub keeps a
/// table cell on one line anyway.
std::string Euro(int64_t cents) {
  std::string text = FormatMoney(Money{cents});
  std::string nbsp = "\u00A0";
  for (std::size_t at; (at = text.find(nbsp)) != std::string::npos;)
    text.replace(at, nbsp.size(), " ");
  return text;
}

/// "+ € 10.000,00" / "− € 2.500,00" (U+2212, the minus sign the spec shows). The magnitude
/// comes from the negative amount's own text, so even INT64_MIN needs no negation.
std::string Signed(int64_t cents) {
  std::string text = Euro(cents);
  if (cents == 0) return text;
  if (cents > 0) return "+ " + text;
  std::size_t minus = text.find('-');
  if (minus != std::string::npos) text.erase(minus, 1);
  return "\u2212 " + text;
}

/// Text from the inputs inside Markdown: no line breaks, table bars and markup characters
/// escaped, so a name cannot break the table or start a heading.
std::string Text(const std::string& raw) {
  std::string out;
  for (char c : raw) {
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() ? "" : it->get<std::string>();
}

const char* FieldLabel(const std::string& field) {
  if (field == "middelen") return "middelen";
  if (field == "begroot") return "begroot";
  if (field == "uitgaven") return "uitgaven";
  if (field == "verplichtingen") return "verplichtingen";
  return "saldo";
}

std::string RowLabel(const Json& row) {
  std::string scope = Str(row, "scope");
  std::string label = FieldLabel(Str(row, "field"));
  if (row.contains("year")) label += " " + Str(row, "year");
  if (scope == "thema") return "Thema " + Text(Str(row, "id")) + ": " + label;
  if (scope == "actielijn") return "Actielijn " + Text(Str(row, "id")) + ": " + label;
  label[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(label[0])));
  return label;
}

void MoneyTable(std::ostream& out, const Json& rows) {
  out << "| Onderdeel | Oud | Nieuw | Verschil |\n|---|---:|---:|---:|\n";
  for (const Json& row : rows) {
    out << "| " << RowLabel(row) << " | " << Euro(row["old"].get<int64_t>()) << " | "
        << Euro(row["new"].get<int64_t>()) << " | " << Signed(row["difference"].get<int64_t>())
        << " |\n";
  }
  out << '\n';
}

/// "2025-Q1" as "Q1 2025", "2024-10-01" as "1 oktober 2024"; the JSON keeps the input forms.
std::string DutchWhen(const std::string& text) {
  if (std::optional<Period> p = ParsePeriod(text)) return FormatQuarterShort(*p);
  Date d;
  if (text.size() == 10 && std::sscanf(text.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) == 3)
    return FormatDate(d);
  return text;
}

std::string Fields(const Json& fields) {
  std::string out;
  for (const Json& f : fields) out += (out.empty() ? "" : ", ") + f.get<std::string>();
  return out;
}

void Records(std::ostream& out, const Json& unit, const char* key, const char* one,
             const char* name_key) {
  auto it = unit.find(key);
  if (it == unit.end()) return;
  const Json& r = *it;
  auto describe = [&](const Json& x) {
    std::string text = Text(Str(x, name_key));
    std::string when = DutchWhen(x.contains("periode") ? Str(x, "periode") : Str(x, "peildatum"));
    if (!when.empty()) text += " (" + when + ")";
    return text;
  };
  if (r.contains("added"))
    for (const Json& x : r["added"]) out << "- " << one << " toegevoegd: " << describe(x) << '\n';
  if (r.contains("removed"))
    for (const Json& x : r["removed"]) out << "- " << one << " verwijderd: " << describe(x) << '\n';
  if (r.contains("changed")) {
    for (const Json& x : r["changed"]) {
      out << "- " << one << " gewijzigd: " << describe(x) << " (" << Fields(x["fields"]) << ")\n";
    }
  }
}

void UnitSection(std::ostream& out, const Json& u) {
  out << "### " << Text(Str(u, "naam")) << " (" << Text(Str(u, "id")) << ")\n\n";
  if (u.contains("money")) MoneyTable(out, u["money"]);
  std::ostringstream list;
  auto each = [&](const char* key, auto line) {
    if (u.contains(key))
      for (const Json& x : u[key]) list << "- " << line(x) << '\n';
  };
  each("themas_added", [](const Json& x) {
    return "Thema toegevoegd: " + Text(Str(x, "naam")) + " (" + Text(Str(x, "id")) + ")";
  });
  each("themas_removed", [](const Json& x) {
    return "Thema verwijderd: " + Text(Str(x, "naam")) + " (" + Text(Str(x, "id")) + ")";
  });
  each("themas_renamed", [](const Json& x) {
    return "Thema hernoemd (" + Text(Str(x, "id")) + "): " + Text(Str(x, "old")) + " → " +
           Text(Str(x, "new"));
  });
  each("acties_added", [](const Json& x) {
    return "Actie toegevoegd (thema " + Text(Str(x, "thema")) + "): " + Text(Str(x, "naam")) +
           ", " + Str(x, "status");
  });
  each("acties_removed", [](const Json& x) {
    return "Actie verwijderd (thema " + Text(Str(x, "thema")) + "): " + Text(Str(x, "naam"));
  });
  each("acties_status", [](const Json& x) {
    return "Status gewijzigd (thema " + Text(Str(x, "thema")) + "): " + Text(Str(x, "naam")) +
           ": " + Str(x, "old") + " → " + Str(x, "new");
  });
  each("voortgang", [](const Json& x) {
    return "Voortgangstekst gewijzigd (thema " + Text(Str(x, "thema")) +
           "): " + Fields(x["fields"]);
  });
  Records(list, u, "besluiten", "Besluit", "onderwerp");
  Records(list, u, "mijlpalen", "Mijlpaal", "naam");
  Records(list, u, "kerncijfers", "Kerncijfer", "naam");
  if (!list.str().empty()) out << list.str() << '\n';
}

void Warnings(std::ostream& out, const Json& list, const char* label) {
  for (const Json& w : list) {
    out << "- " << label << ": `" << Str(w, "file") << ':' << w["line"].get<int>() << ':'
        << w["column"].get<int>() << "` " << Text(Str(w, "message")) << '\n';
  }
}

}  // namespace

std::string DiffMarkdown(const Json& diff) {
  std::ostringstream out;
  Period period = *ParsePeriod(diff["period"].get<std::string>());
  if (!diff["changed"].get<bool>()) {
    out << "Geen wijzigingen in de cijfers of teksten.\n";
  } else {
    out << "## Wijzigingen in de cijfers en teksten, " << FormatQuarterShort(period) << "\n\n";
    if (!diff["units_added"].empty() || !diff["units_removed"].empty()) {
      out << "### Eenheden\n\n";
      for (const Json& u : diff["units_added"])
        out << "- Toegevoegd: " << Text(Str(u, "naam")) << " (" << Text(Str(u, "id")) << ")\n";
      for (const Json& u : diff["units_removed"])
        out << "- Verwijderd: " << Text(Str(u, "naam")) << " (" << Text(Str(u, "id")) << ")\n";
      out << '\n';
    }
    for (const Json& u : diff["units"]) UnitSection(out, u);
    if (!diff["warnings_introduced"].empty() || !diff["warnings_resolved"].empty()) {
      out << "### Meldingen\n\n";
      Warnings(out, diff["warnings_introduced"], "Nieuw");
      Warnings(out, diff["warnings_resolved"], "Opgelost");
      out << '\n';
    }
  }
  if (!diff["outputs"].empty()) {
    out << (diff["changed"].get<bool>() ? "" : "\n") << "### Uitvoer die opnieuw wordt gemaakt\n\n";
    for (const Json& o : diff["outputs"]) out << "- `" << o.get<std::string>() << "`\n";
    out << '\n';
  }
  if (!diff["national"].empty()) {
    out << "### Landelijke totalen\n\n";
    MoneyTable(out, diff["national"]);
  }
  std::string text = out.str();
  while (text.size() >= 2 && text.substr(text.size() - 2) == "\n\n") text.pop_back();
  return text;
}

}  // namespace voortgang
