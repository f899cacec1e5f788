// Test helper: reads an .xlsx back (via `unzip -p`) into grids of cells with their formulas and
// cached values, resolving shared strings, so tests can find rows and columns by their labels.
#pragma once

#include <cmath>
#include <cstdio>
#include <map>
#include <regex>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace voortgang::xlsx_test {

inline std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// The bytes of one part of a zip file; throws when unzip fails (e.g. no such part).
inline std::string Unzip(const std::string& zip, const std::string& part) {
  std::string name;  // unzip reads a name as a pattern: "[Content_Types].xml" is escaped
  for (char c : part) {
    if (c == '[' || c == ']' || c == '*' || c == '?') name += '\\';
    name += c;
  }
  std::string cmd = "unzip -p " + ShellQuote(zip) + " " + ShellQuote(name) + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) throw std::runtime_error("cannot run unzip");
  std::string out;
  char buf[65536];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  if (pclose(p) != 0) throw std::runtime_error("unzip failed: " + zip + " " + part);
  return out;
}

inline std::string XmlUnescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    static const std::pair<const char*, char> kEntities[] = {
        {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
    bool done = false;
    for (auto [entity, c] : kEntities) {
      size_t n = std::char_traits<char>::length(entity);
      if (s.compare(i, n, entity) == 0) {
        out += c;
        i += n - 1;
        done = true;
        break;
      }
    }
    if (!done) out += '&';
  }
  return out;
}

/// "AB12" -> {11, 27}.
inline std::pair<int, int> ParseRef(const std::string& ref) {
  int col = 0, row = 0;
  size_t i = 0;
  for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) col = col * 26 + (ref[i] - 'A' + 1);
  for (; i < ref.size(); ++i) row = row * 10 + (ref[i] - '0');
  return {row - 1, col - 1};
}

struct Cell {
  std::string formula;  ///< without '=', empty for a constant
  std::string value;    ///< the cached value of a formula, the number, or the resolved text
  bool is_text = false;
};

struct Grid {
  std::string name;
  std::map<std::pair<int, int>, Cell> cells;

  const Cell* At(int row, int col) const {
    auto it = cells.find({row, col});
    return it == cells.end() ? nullptr : &it->second;
  }
  std::string Value(int row, int col) const {
    const Cell* c = At(row, col);
    return c ? c->value : "";
  }
  /// The first row at or after `from` whose cell in `col` shows `value`; -1 if none.
  int FindRow(int col, const std::string& value, int from = 0) const {
    for (const auto& [pos, cell] : cells)
      if (pos.second == col && pos.first >= from && cell.value == value) return pos.first;
    return -1;
  }
  int FindCol(int row, const std::string& value) const {
    for (const auto& [pos, cell] : cells)
      if (pos.first == row && cell.value == value) return pos.second;
    return -1;
  }
};

struct Book {
  std::vector<Grid> sheets;  ///< workbook order
  const Grid& Sheet(const std::string& name) const {
    for (const Grid& g : sheets)
      if (g.name == name) return g;
    throw std::runtime_error("no sheet " + name);
  }
};

inline Book ReadBook(const std::string& path) {
  Book book;
  std::vector<std::string> strings;
  std::string sst;
  try {
    sst = Unzip(path, "xl/sharedStrings.xml");
  } catch (const std::runtime_error&) {
  }
  static const std::regex kSi("<si><t[^>]*>([^<]*)</t></si>");
  for (std::sregex_iterator it(sst.begin(), sst.end(), kSi), end; it != end; ++it)
    strings.push_back(XmlUnescape((*it)[1]));

  std::string wb = Unzip(path, "xl/workbook.xml");
  static const std::regex kSheet("<sheet name=\"([^\"]*)\"");
  int index = 1;
  for (std::sregex_iterator it(wb.begin(), wb.end(), kSheet), end; it != end; ++it, ++index) {
    Grid g;
    g.name = XmlUnescape((*it)[1]);
    std::string xml = Unzip(path, "xl/worksheets/sheet" + std::to_string(index) + ".xml");
    static const std::regex kCell("<c r=\"([A-Z]+[0-9]+)\"([^>]*?)(/>|>(.*?)</c>)");
    static const std::regex kF("<f>(.*?)</f>"), kV("<v>(.*?)</v>");
    for (std::sregex_iterator c(xml.begin(), xml.end(), kCell), e; c != e; ++c) {
      Cell cell;
      std::string attrs = (*c)[2], body = (*c)[4];
      std::smatch m;
      if (std::regex_search(body, m, kF)) cell.formula = XmlUnescape(m[1]);
      if (std::regex_search(body, m, kV)) cell.value = XmlUnescape(m[1]);
      if (attrs.find("t=\"s\"") != std::string::npos) {
        cell.value = strings.at(std::stoul(cell.value));
        cell.is_text = true;
      } else if (attrs.find("t=\"str\"") != std::string::npos) {
        cell.is_text = true;
      }
      g.cells[ParseRef((*c)[1])] = cell;
    }
    book.sheets.push_back(std::move(g));
  }
  return book;
}

/// A cached or recalculated decimal as exact cents (the values are far below 2^53 cents).
inline bool ToCents(const std::string& text, long long* cents) {
  if (text.empty()) return false;
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (*end != '\0') return false;
  *cents = std::llround(v * 100.0);
  return true;
}

}  // namespace voortgang::xlsx_test
