// QPDF post-processing of cairo's output; the only includer of QPDF.
#include "renderers/pdf/accessible.h"

// No PointerHolder in our code: use the std::shared_ptr API only.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <ctime>
#include <exception>
#include <fstream>
#include <sstream>
#include <variant>

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

void AddOutputIntent(QPDF& pdf, QPDFObjectHandle root) {
  const std::string& icc = SrgbProfile();
  if (icc.empty() || root.hasKey("/OutputIntents")) return;
  QPDFObjectHandle profile = QPDFObjectHandle::newStream(&pdf, icc);
  profile.getDict().replaceKey("/N", QPDFObjectHandle::newInteger(3));
  QPDFObjectHandle intent = QPDFObjectHandle::parse(
      "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1)"
      " /Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) >>");
  intent.replaceKey("/DestOutputProfile", profile);
  QPDFObjectHandle intents = QPDFObjectHandle::newArray();
  intents.appendItem(pdf.makeIndirectObject(intent));
  root.replaceKey("/OutputIntents", intents);
}

/// Links printable (PDF/A) and tab order along the structure (PDF/UA 7.18.3).
void FixAnnotations(QPDF& pdf) {
  for (QPDFObjectHandle page : pdf.getAllPages()) {
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (!annots.isArray() || annots.getArrayNItems() == 0) continue;
    page.replaceKey("/Tabs", QPDFObjectHandle::newName("/S"));
    for (QPDFObjectHandle annot : annots.aitems())
      if (annot.isDictionary() && !annot.hasKey("/F"))
        annot.replaceKey("/F", QPDFObjectHandle::newInteger(4));
  }
}

void CollectAlts(const std::vector<doc::Block>& blocks, std::vector<std::string>* out) {
  for (const doc::Block& b : blocks) {
    if (const auto* c = std::get_if<doc::BarChart>(&b.content)) out->push_back(c->alt_text);
    if (const auto* c = std::get_if<doc::LineChart>(&b.content)) out->push_back(c->alt_text);
    if (const auto* l = std::get_if<doc::List>(&b.content))
      for (const doc::ListItem& item : l->items) CollectAlts(item.blocks, out);
  }
}

/// Structure elements named `type`, depth first, which is the order cairo wrote them in.
void FindElements(QPDFObjectHandle node, const char* type, int depth,
                  std::vector<QPDFObjectHandle>* out) {
  if (depth > 64) return;
  if (node.isArray()) {
    for (QPDFObjectHandle kid : node.aitems()) FindElements(kid, type, depth + 1, out);
    return;
  }
  if (!node.isDictionary()) return;
  if (node.getKey("/S").isNameAndEquals(type)) out->push_back(node);
  FindElements(node.getKey("/K"), type, depth + 1, out);
}

/// cairo 1.16 cannot give a Figure its /Alt. A chart broken over two pages becomes two
/// Figure elements; then the pairing is unsure and no alt text is set rather than a wrong one.
void AddFigureAlts(QPDFObjectHandle root, const std::vector<std::string>& alts) {
  std::vector<QPDFObjectHandle> figures;
  FindElements(root.getKey("/StructTreeRoot").getKey("/K"), "/Figure", 0, &figures);
  if (figures.size() != alts.size()) return;
  for (size_t i = 0; i < figures.size(); ++i)
    if (!alts[i].empty()) figures[i].replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(alts[i]));
}

}  // namespace

std::vector<std::string> FigureAltTexts(const doc::Document& document) {
  std::vector<std::string> alts;
  CollectAlts(document.blocks, &alts);
  return alts;
}

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

std::string MakeAccessible(const std::string& bytes, const doc::Document& document,
                           std::string* error) {
  const doc::Metadata& m = document.metadata;
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("cairo output", bytes.data(), bytes.size());
    QPDFObjectHandle root = pdf.getRoot();
    if (!m.language.empty())
      root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(m.language));
    QPDFObjectHandle prefs = root.getKey("/ViewerPreferences");
    if (!prefs.isDictionary()) {
      prefs = QPDFObjectHandle::newDictionary();
      root.replaceKey("/ViewerPreferences", prefs);
    }
    prefs.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
    QPDFObjectHandle mark = root.getKey("/MarkInfo");
    if (!mark.isDictionary()) {
      mark = QPDFObjectHandle::newDictionary();
      root.replaceKey("/MarkInfo", mark);
    }
    mark.replaceKey("/Marked", QPDFObjectHandle::newBool(true));

    // The information dictionary and the XMP must agree; cairo writes its dates without the
    // "D:" prefix, so both get the same instant here in their own syntax.
    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
      info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
      trailer.replaceKey("/Info", info);
    }
    info.replaceKey("/CreationDate", QPDFObjectHandle::newString(PdfDate(m.created_unix)));
    info.replaceKey("/ModDate", QPDFObjectHandle::newString(PdfDate(m.created_unix)));
    XmpFields fields{InfoText(info, "/Title"),   InfoText(info, "/Author"),
                     InfoText(info, "/Subject"), InfoText(info, "/Keywords"),
                     InfoText(info, "/Creator"), InfoText(info, "/Producer"),
                     m.language,                 XmpDate(m.created_unix)};
    QPDFObjectHandle xmp = QPDFObjectHandle::newStream(&pdf, XmpPacket(fields));
    xmp.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
    xmp.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
    root.replaceKey("/Metadata", xmp);

    AddOutputIntent(pdf, root);
    FixAnnotations(pdf);
    AddFigureAlts(root, FigureAltTexts(document));

    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.write();
    std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(out->getBuffer()), out->getSize());
  } catch (const std::exception& e) {
    if (error) *error = std::string("PDF post-processing: ") + e.what();
    return "";
  }
}

}  // namespace voortgang::pdf
