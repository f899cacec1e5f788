// QPDF post-processing of cairo's output: reads what it changes with QPDF, writes through
// Rewrite (with rewrite.cc, the only includer of QPDF).
#include "renderers/pdf/accessible.h"

#include <charconv>
#include <cmath>
#include <ctime>
#include <exception>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include "renderers/pdf/artifacts.h"
#include "renderers/pdf/raw_annotation.h"
#include "renderers/pdf/rewrite.h"

namespace voortgang::pdf {
namespace {

std::string FormatUtc(int64_t unix_seconds, const char* format) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

std::string XmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

/// Read once per process; a function-local static is initialised thread-safely.
const std::string& SrgbProfile() {
  static const std::string profile = [] {
    std::ifstream in(kSrgbProfilePath, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
  }();
  return profile;
}

std::string InfoText(QPDFObjectHandle info, const char* key) {
  QPDFObjectHandle v = info.isDictionary() ? info.getKey(key) : QPDFObjectHandle::newNull();
  return v.isString() ? v.getUTF8Value() : "";
}

/// The catalog entry that names the sRGB output intent; none when the profile is missing or
/// the catalog has one.
Rewrite::Entries AddOutputIntent(Rewrite& out, QPDFObjectHandle root) {
  const std::string& icc = SrgbProfile();
  if (icc.empty() || root.hasKey("/OutputIntents")) return {};
  int profile = out.AddStream("/N 3", icc, true);
  int intent = out.Add(
      "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)"
      " /Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /DestOutputProfile " +
      std::to_string(profile) + " 0 R >>");
  return {{"/OutputIntents", "[ " + std::to_string(intent) + " 0 R ]"}};
}

/// What a link annotation's /Contents says (PDF/UA 7.18.5): the URL of an external link, the
/// title of the heading an internal one goes to (the painter's outline titles).
std::string LinkDescription(QPDFObjectHandle annot,
                            const std::map<std::string, std::string>& titles) {
  QPDFObjectHandle action = annot.getKey("/A");
  if (action.isDictionary() && action.getKey("/URI").isString())
    return action.getKey("/URI").getUTF8Value();
  QPDFObjectHandle dest = annot.getKey("/Dest");
  if (!dest.isString() && action.isDictionary()) dest = action.getKey("/D");
  if (!dest.isString()) return "";
  auto it = titles.find(dest.getUTF8Value());
  return it != titles.end() ? it->second : dest.getUTF8Value();
}

/// One annotation printable and described, through QPDF's objects.
void FixAnnotation(QPDFObjectHandle annot, QPDFObjectHandle annots,
                   const std::map<std::string, std::string>& titles, Rewrite& out) {
  if (!annot.isDictionary()) return;
  // A direct annotation is written with what holds it: the array, or else the page.
  if (annot.isIndirect())
    out.Changed(annot);
  else if (annots.isIndirect())
    out.Changed(annots);
  if (!annot.hasKey("/F")) annot.replaceKey("/F", QPDFObjectHandle::newInteger(4));
  if (!annot.getKey("/Subtype").isNameAndEquals("/Link") || annot.hasKey("/Contents")) return;
  std::string text = LinkDescription(annot, titles);
  if (!text.empty()) annot.replaceKey("/Contents", QPDFObjectHandle::newUnicodeString(text));
}

/// The same from the annotation's bytes, where the file is copied object by object: false when
/// they hold what ReadRawAnnotation does not follow.
bool FixRawAnnotation(QPDFObjGen og, const std::map<std::string, std::string>& titles,
                      Rewrite& out) {
  std::optional<Rewrite::RawObject> raw = out.Raw(og);
  std::optional<RawAnnotation> a = raw ? ReadRawAnnotation(raw->bytes) : std::nullopt;
  if (!a || a->has_f || a->has_contents) return false;
  Rewrite::Entries entries = {{"/F", "4"}};
  if (a->link && !a->uri.empty()) {
    entries.emplace_back("/Contents", a->uri);  // a literal string either way
  } else if (a->link) {
    auto it = titles.find(a->dest);
    const std::string& text = it != titles.end() ? it->second : a->dest;
    entries.emplace_back("/Contents", QPDFObjectHandle::newUnicodeString(text).unparse());
  }
  out.Append(og, std::move(entries));
  return true;
}

/// Links printable (PDF/A), described (PDF/UA 7.18.5), and tab order along the structure
/// (PDF/UA 7.18.3).
void FixAnnotations(const std::vector<QPDFObjectHandle>& pages,
                    const std::map<std::string, std::string>& titles, Rewrite& out) {
  for (QPDFObjectHandle page : pages) {
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (!annots.isArray() || annots.getArrayNItems() == 0) continue;
    page.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
    out.Changed(page);
    for (QPDFObjectHandle annot : annots.aitems()) {
      // Neither isIndirect nor getObjGen makes QPDF read the object.
      if (out.CopiesObjects() && annot.isIndirect() &&
          FixRawAnnotation(annot.getObjGen(), titles, out))
        continue;
      FixAnnotation(annot, annots, titles, out);
    }
  }
}

std::string StreamText(QPDFObjectHandle stream) {
  QPDFObjectHandle dict = stream.getDict();
  if (dict.getKey("/Filter").isNameAndEquals("/FlateDecode") && !dict.hasKey("/DecodeParms")) {
    std::shared_ptr<Buffer> raw = stream.getRawStreamData();
    std::optional<std::string> text =
        Inflate(std::string_view(reinterpret_cast<const char*>(raw->getBuffer()), raw->getSize()));
    if (text) return *text;
  }
  std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
  return std::string(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
}

void MarkArtifacts(const std::vector<QPDFObjectHandle>& pages, const ArtifactBands& bands,
                   Rewrite& out) {
  for (QPDFObjectHandle page : pages) {
    QPDFObjectHandle contents = page.getKey("/Contents");
    std::string before;
    if (contents.isArray()) {  // one stream, as coalesceContentStreams would make it
      QPDFObjectHandle first;
      for (QPDFObjectHandle part : contents.aitems()) {
        if (!part.isStream()) continue;
        before += StreamText(part) + "\n";
        if (!first.isInitialized()) first = part;
      }
      if (!first.isInitialized()) continue;
      page.replaceKey("/Contents", first);
      out.Changed(page);
      contents = first;
    } else if (contents.isStream()) {
      before = StreamText(contents);
    } else {
      continue;
    }
    out.SetStreamData(contents, MarkArtifactsInContent(before, bands));
  }
}

/// Compresses the streams cairo wrote plain (its ToUnicode maps).
void CompressPlainStreams(Rewrite& out) {
  for (QPDFObjectHandle stream : out.ObjectsContaining("endstream")) {
    if (!stream.isStream() || stream.getDict().hasKey("/Filter") || out.Rewritten(stream))
      continue;
    out.SetStreamData(stream, StreamText(stream));  // unfiltered: the raw bytes
  }
}

bool IsElement(QPDFObjectHandle node, const char* type) {
  return node.isDictionary() && node.getKey("/S").isNameAndEquals(type) &&
         node.getKey("/Type").isNameAndEquals("/StructElem");
}

/// The structure elements the post-processing completes, in cairo's order (which is the order
/// of the tree, depth first: cairo numbers and writes its elements in the order they opened).
struct Elements {
  std::vector<QPDFObjectHandle> figures;
  std::vector<QPDFObjectHandle> column_headers, row_headers;
};

/// The elements under `node` of type `type`, depth first (the order of the tree).
void WalkStructure(QPDFObjectHandle node, const char* type, int depth,
                   std::vector<QPDFObjectHandle>* out) {
  if (depth > 256) return;
  if (node.isArray()) {
    for (QPDFObjectHandle kid : node.aitems()) WalkStructure(kid, type, depth + 1, out);
  } else if (node.isDictionary() && node.getKey("/Type").isNameAndEquals("/StructElem")) {
    if (IsElement(node, type)) out->push_back(node);
    WalkStructure(node.getKey("/K"), type, depth + 1, out);
  }
}

/// The elements of `type` ("/Figure") in the order of the tree. Where the file's objects are
/// copied (cairo 1.16), only those are read: walking the whole tree made QPDF parse hundreds of
/// cells and paragraphs, a third of the post-processing. Elsewhere the bytes may be compressed
/// and the objects numbered in another order, so the tree is walked.
std::vector<QPDFObjectHandle> ElementsOfType(QPDF& pdf, Rewrite& out, const char* type) {
  std::vector<QPDFObjectHandle> found;
  if (!out.CopiesObjects()) {
    WalkStructure(pdf.getRoot().getKey("/StructTreeRoot").getKey("/K"), type, 0, &found);
    return found;
  }
  for (QPDFObjectHandle node : out.ObjectsContaining(std::string("/S ") + type))
    if (IsElement(node, type)) found.push_back(node);
  return found;
}

/// PDF/UA 7.5 from the painter's account, where the file is copied object by object: each TH's
/// bytes get their /Scope without QPDF parsing every header row (a tenth of the
/// post-processing of a note full of tables), matched in the order cairo wrote the elements,
/// which is the order they opened. False, and nothing done, when the counts differ or a TH
/// already has attributes: FindElements then reads the tree.
bool AddRawHeaderScopes(const std::vector<bool>& heads_column, Rewrite& out) {
  std::vector<Rewrite::RawObject> cells;
  for (const Rewrite::RawObject& raw : out.RawObjectsContaining("/S /TH"))
    if (HasName(raw.bytes, "/StructElem") && HasName(raw.bytes, "/TH")) cells.push_back(raw);
  if (cells.size() != heads_column.size()) return false;
  for (const Rewrite::RawObject& raw : cells)
    if (HasName(raw.bytes, "/A")) return false;
  for (size_t i = 0; i < cells.size(); ++i)
    out.Append(cells[i].og, {{"/A", heads_column[i] ? "<< /O /Table /Scope /Column >>"
                                                    : "<< /O /Table /Scope /Row >>"}});
  return true;
}

Elements FindElements(QPDF& pdf, Rewrite& out, bool header_scopes_done) {
  Elements found;
  found.figures = ElementsOfType(pdf, out, "/Figure");
  if (header_scopes_done) return found;
  // A TH in a row of header cells heads its column; one beside data cells heads its row.
  for (QPDFObjectHandle cell : ElementsOfType(pdf, out, "/TH")) {
    QPDFObjectHandle kids = cell.getKey("/P").getKey("/K");
    bool all_headers = true;
    for (QPDFObjectHandle kid : kids.isArray() ? kids.getArrayAsVector()
                                               : std::vector<QPDFObjectHandle>{kids})
      if (kid.isDictionary() && kid.hasKey("/S") && !kid.getKey("/S").isNameAndEquals("/TH"))
        all_headers = false;
    (all_headers ? found.column_headers : found.row_headers).push_back(cell);
  }
  return found;
}

/// `v` in points to a hundredth, without a locale: "123.45", "-0.5", "7".
std::string Points(double v) {
  char buf[32];
  auto [end, ec] =
      std::to_chars(buf, buf + sizeof buf, std::round(v * 100) / 100, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buf, end) : "0";
}

/// cairo 1.16 cannot give a Figure its /Alt or its /BBox (PDF/UA 7.3; ISO 32000-1 14.8.5.4.3).
/// The painter reports one alt text and box per Figure element it opened (a chart taller than a
/// page is several, each with the chart's text and its piece's box); should the counts still
/// differ, nothing is set rather than something wrong.
void AddFigures(const Elements& elements, const std::vector<FigureBox>& boxes, Rewrite& out) {
  if (elements.figures.size() != boxes.size()) return;
  for (size_t i = 0; i < boxes.size(); ++i) {
    const FigureBox& b = boxes[i];
    QPDFObjectHandle figure = elements.figures[i];
    if (!b.alt.empty()) figure.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(b.alt));
    if (!figure.hasKey("/A") && b.x2 > b.x1 && b.y2 > b.y1)
      figure.replaceKey("/A", QPDFObjectHandle::parse("<< /O /Layout /BBox [ " + Points(b.x1) +
                                                      " " + Points(b.y1) + " " + Points(b.x2) +
                                                      " " + Points(b.y2) + " ] >>"));
    out.Changed(figure);
  }
}

/// PDF/UA 7.5: every TH says what it heads.
void AddHeaderScopes(const Elements& elements, Rewrite& out) {
  auto scope = [&out](const std::vector<QPDFObjectHandle>& cells, const char* which) {
    for (QPDFObjectHandle cell : cells) {
      if (cell.hasKey("/A")) continue;
      cell.replaceKey("/A", QPDFObjectHandle::parse(std::string("<< /O /Table /Scope ") + which +
                                                    " >>"));
      out.Changed(cell);
    }
  };
  scope(elements.column_headers, "/Column");
  scope(elements.row_headers, "/Row");
}

}  // namespace

std::string PdfDate(int64_t unix_seconds) {
  return FormatUtc(unix_seconds, "D:%Y%m%d%H%M%S+00'00'");
}

std::string XmpDate(int64_t unix_seconds) {
  return FormatUtc(unix_seconds, "%Y-%m-%dT%H:%M:%S+00:00");
}

std::string XmpPacket(const XmpFields& f) {
  std::string x =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "  <rdf:Description rdf:about=\"\"\n"
      "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
      "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
      "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
      "   <dc:format>application/pdf</dc:format>\n";
  auto alt = [&](const char* name, const std::string& v) {
    if (v.empty()) return;
    x += std::string("   <") + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         XmlEscape(v) + "</rdf:li></rdf:Alt></" + name + ">\n";
  };
  auto simple = [&](const char* name, const std::string& v) {
    if (v.empty()) return;
    x += std::string("   <") + name + ">" + XmlEscape(v) + "</" + name + ">\n";
  };
  alt("dc:title", f.title);
  if (!f.author.empty())
    x += "   <dc:creator><rdf:Seq><rdf:li>" + XmlEscape(f.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  alt("dc:description", f.subject);
  if (!f.language.empty())
    x += "   <dc:language><rdf:Bag><rdf:li>" + XmlEscape(f.language) +
         "</rdf:li></rdf:Bag></dc:language>\n";
  simple("pdf:Keywords", f.keywords);
  simple("pdf:Producer", f.producer);
  simple("xmp:CreatorTool", f.creator);
  simple("xmp:CreateDate", f.date);
  simple("xmp:ModifyDate", f.date);
  simple("xmp:MetadataDate", f.date);
  x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
  return x;
}

std::string MakeAccessible(const std::string& bytes, const doc::Metadata& m, const Painted& painted,
                           std::string* error) {
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("cairo output", bytes.data(), bytes.size());
    Rewrite out(pdf, bytes);
    QPDFObjectHandle root = pdf.getRoot();
    if (!m.language.empty())
      root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(m.language));
    QPDFObjectHandle prefs = root.getKey("/ViewerPreferences");
    if (!prefs.isDictionary()) {
      prefs = QPDFObjectHandle::newDictionary();
      root.replaceKey("/ViewerPreferences", prefs);
    }
    prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    if (prefs.isIndirect()) out.Changed(prefs);
    QPDFObjectHandle mark = root.getKey("/MarkInfo");
    if (!mark.isDictionary()) {
      mark = QPDFObjectHandle::newDictionary();
      root.replaceKey("/MarkInfo", mark);
    }
    mark.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
    if (mark.isIndirect()) out.Changed(mark);

    // The information dictionary and the XMP must agree; cairo writes its dates without the
    // "D:" prefix, so both get the same instant here in their own syntax.
    QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
    std::string date = PdfDate(m.created_unix);
    if (info.isDictionary() && info.isIndirect()) {
      info.replaceKey("/CreationDate", QPDFObjectHandle::newString(date));
      info.replaceKey("/ModDate", QPDFObjectHandle::newString(date));
      out.Changed(info);
    } else {
      info = QPDFObjectHandle::newNull();
      int added = out.Add("<< /CreationDate (" + date + ") /ModDate (" + date + ") >>");
      out.SetTrailer({{"/Info", std::to_string(added) + " 0 R"}});
    }
    XmpFields fields{InfoText(info, "/Title"),   InfoText(info, "/Author"),
                     InfoText(info, "/Subject"), InfoText(info, "/Keywords"),
                     InfoText(info, "/Creator"), InfoText(info, "/Producer"),
                     m.language,                 XmpDate(m.created_unix)};
    // Not compressed: tools that know no PDF can still find the metadata.
    int xmp = out.AddStream("/Type /Metadata /Subtype /XML", XmpPacket(fields), false);
    Rewrite::Entries catalog = AddOutputIntent(out, root);
    catalog.emplace_back("/Metadata", std::to_string(xmp) + " 0 R");
    out.Changed(root, catalog);

    std::vector<QPDFObjectHandle> pages = pdf.getAllPages();
    FixAnnotations(pages, painted.dest_titles, out);
    MarkArtifacts(pages, painted.bands, out);
    CompressPlainStreams(out);
    bool scoped = out.CopiesObjects() && AddRawHeaderScopes(painted.th_heads_column, out);
    Elements elements = FindElements(pdf, out, scoped);
    AddFigures(elements, painted.figures, out);
    AddHeaderScopes(elements, out);
    return out.Write();
  } catch (const std::exception& e) {
    if (error) *error = std::string("PDF post-processing: ") + e.what();
    return "";
  }
}

}  // namespace voortgang::pdf
