// The directives every document kind has: titelblad, memokop, inhoud, pagina-einde, witregel.
// They draw only on the template's own @-lines and arguments.
#include <algorithm>
#include <cstdlib>

#include "pipeline/report/directives.h"

namespace voortgang::report::common {

using Blocks = std::vector<doc::Block>;

bool Titelblad(const DirectiveScope& s, const Element&, Blocks* out, std::string*) {
  std::map<std::string, std::string> meta = MetaMap(*s.meta);
  auto get = [&](const char* key) {
    auto it = meta.find(key);
    return it == meta.end() ? std::string() : it->second;
  };
  doc::TitleBlock t;
  t.title = get("titel");
  t.subtitle = get("ondertitel");
  t.period = get("periode");
  t.date_line = get("datum");
  t.addressee = get("geadresseerde");
  t.logo_path = get("logo");
  out->push_back({t});
  return true;
}

bool Memokop(const DirectiveScope& s, const Element&, Blocks* out, std::string*) {
  doc::MemoHeader h;
  for (const auto& [key, value] : *s.meta) {
    if (key != "memokop") continue;
    std::vector<std::string> parts = SplitMetaValue(value);
    if (parts.size() == 1) parts.push_back("");
    h.rows.emplace_back(parts[0], parts[1]);
  }
  out->push_back({h});
  return true;
}

bool Inhoud(const DirectiveScope&, const Element& d, Blocks* out, std::string*) {
  doc::TableOfContents toc;
  if (!d.texts.empty()) toc.title = PlainText(d.texts[0]);
  if (!d.args.empty()) toc.max_level = std::clamp(std::atoi(d.args[0].c_str()), 1, 3);
  out->push_back({toc});
  return true;
}

bool PaginaEinde(const DirectiveScope&, const Element&, Blocks* out, std::string*) {
  out->push_back({doc::PageBreak{}});
  return true;
}

bool Witregel(const DirectiveScope&, const Element& d, Blocks* out, std::string*) {
  doc::Spacer s;
  if (!d.args.empty()) s.lines = std::clamp(std::atoi(d.args[0].c_str()), 1, 20);
  out->push_back({s});
  return true;
}

}  // namespace voortgang::report::common
