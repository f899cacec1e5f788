// Rewrite on small hand-made files: untouched objects keep their bytes, changed and added ones
// read back through QPDF, a file with object streams is written by QPDF, and a file not laid
// out as its table says is refused.
#include "renderers/pdf/rewrite.h"
#include "renderers/pdf/pdf_test_support.h"

#include <boost/test/unit_test.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace voortgang::pdf {
namespace {

using test::MiniPdf;

const std::vector<std::string> kBodies = {
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [ 0 0 200 200 ] /Contents 4 0 R >>",
    "<< /Length 8 >>\nstream\n0 0 m S\n\nendstream",
    "<< /Type /StructElem /S /Figure /Note (says /S /Figure twice) >>",
    "<< /Type /StructElem /S /P >>",
    "<< /Type /Annot /Contents (/S /Figure) >>",
};

struct Read {
  QPDF pdf;
  explicit Read(const std::string& bytes) {
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("test", bytes.data(), bytes.size());
  }
  QPDFObjectHandle Object(int n) { return pdf.getObjectByID(n, 0); }
};

BOOST_AUTO_TEST_SUITE(rewrite_test)

BOOST_AUTO_TEST_CASE(untouched_objects_keep_their_bytes_and_the_file_reads_back) {
  std::string original = MiniPdf(kBodies);
  Read in(original);
  Rewrite rewrite(in.pdf, original);
  std::string out = rewrite.Write();
  for (size_t n = 1; n <= kBodies.size(); ++n) {
    std::string object = std::to_string(n) + " 0 obj\n" + kBodies[n - 1] + "\nendobj\n";
    BOOST_TEST(out.find(object) != std::string::npos, object);
  }
  Read back(out);
  BOOST_TEST(back.pdf.getAllPages().size() == 1u);
  BOOST_TEST(back.Object(5).getKey("/S").getName() == "/Figure");
  BOOST_TEST(back.pdf.getTrailer().getKey("/ID").getArrayNItems() == 2);
  BOOST_TEST(back.pdf.anyWarnings() == false);
  // The same input gives the same bytes, /ID included.
  Read again(original);
  BOOST_TEST(Rewrite(again.pdf, original).Write() == out);
}

BOOST_AUTO_TEST_CASE(entries_appended_to_an_object_keep_the_rest_of_its_bytes) {
  std::string original = MiniPdf(kBodies);
  Read in(original);
  Rewrite rewrite(in.pdf, original);
  std::optional<Rewrite::RawObject> raw = rewrite.Raw(QPDFObjGen(7, 0));
  BOOST_REQUIRE(raw.has_value());
  BOOST_TEST(std::string(raw->bytes) == "7 0 obj\n" + kBodies[6] + "\nendobj\n");
  BOOST_TEST(!rewrite.Raw(QPDFObjGen(99, 0)).has_value());
  rewrite.Append(QPDFObjGen(7, 0), {{"/F", "4"}, {"/T", "(x)"}});
  std::string out = rewrite.Write();
  BOOST_TEST(
      out.find("7 0 obj\n<< /Type /Annot /Contents (/S /Figure)  /F 4 /T (x) >>\nendobj\n") !=
          std::string::npos,
      out);
  Read back(out);
  BOOST_TEST(back.Object(7).getKey("/F").getIntValue() == 4);
  BOOST_TEST(back.Object(7).getKey("/T").getUTF8Value() == "x");
  BOOST_TEST(back.pdf.anyWarnings() == false);
  // A stream cannot be appended to.
  Read in2(original);
  Rewrite streams(in2.pdf, original);
  streams.Append(QPDFObjGen(4, 0), {{"/F", "4"}});
  BOOST_CHECK_THROW(streams.Write(), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(changed_added_and_restreamed_objects_read_back) {
  std::string original = MiniPdf(kBodies);
  Read in(original);
  Rewrite rewrite(in.pdf, original);
  QPDFObjectHandle figure = in.Object(5);
  figure.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString("Staafdiagram ë"));
  rewrite.Changed(figure);
  int xmp = rewrite.AddStream("/Type /Metadata /Subtype /XML", "<x/>", false);
  int icc = rewrite.AddStream("/N 3", std::string(3000, 'a'), true);
  BOOST_TEST(xmp == 8);
  BOOST_TEST(icc == 9);
  rewrite.Changed(in.Object(1), {{"/Metadata", "8 0 R"}, {"/Pages", "2 0 R"}});
  rewrite.SetStreamData(in.Object(4), "1 1 m 2 2 l S\n");
  std::string out = rewrite.Write();

  Read back(out);
  BOOST_TEST(back.Object(5).getKey("/Alt").getUTF8Value() == "Staafdiagram ë");
  QPDFObjectHandle catalog = back.pdf.getRoot();
  BOOST_TEST(catalog.getKey("/Metadata").getObjGen().getObj() == 8);
  BOOST_TEST(catalog.getKey("/Pages").getObjGen().getObj() == 2);  // replaced, not doubled
  auto text = [](QPDFObjectHandle stream) {
    std::shared_ptr<Buffer> b = stream.getStreamData(qpdf_dl_generalized);
    return std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize());
  };
  BOOST_TEST(text(back.Object(4)) == "1 1 m 2 2 l S\n");
  BOOST_TEST(back.Object(4).getDict().getKey("/Filter").getName() == "/FlateDecode");
  BOOST_TEST(text(back.Object(8)) == "<x/>");
  BOOST_TEST(text(back.Object(9)) == std::string(3000, 'a'));
  BOOST_TEST(back.pdf.getTrailer().getKey("/Size").getIntValue() == 10);
  BOOST_TEST(back.pdf.anyWarnings() == false);
}

BOOST_AUTO_TEST_CASE(objects_containing_a_text_come_once_each_in_file_order) {
  std::string original = MiniPdf(kBodies);
  Read in(original);
  Rewrite rewrite(in.pdf, original);
  std::vector<QPDFObjectHandle> found = rewrite.ObjectsContaining("/S /Figure");
  std::vector<int> numbers;
  for (QPDFObjectHandle h : found) numbers.push_back(h.getObjGen().getObj());
  // Written in reverse: 7 (a string that says it, for the caller to reject) comes before 5.
  BOOST_TEST(numbers == (std::vector<int>{7, 5}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_file_not_laid_out_as_its_xref_says_is_refused) {
  // Object 6's entry points at object 5: copying bytes by the table would write 5 twice.
  std::string bad = MiniPdf(kBodies);
  size_t table = bad.find("xref\n");
  size_t entry5 = table + 5 + 4 + 20 * 5, entry6 = entry5 + 20;
  bad.replace(entry6, 10, bad.substr(entry5, 10));
  Read in(bad);
  Rewrite rewrite(in.pdf, bad);
  BOOST_CHECK_THROW(rewrite.Write(), std::exception);
}

/// `pdf` rewritten by qpdf with object streams and a cross-reference stream, as cairo 1.18
/// writes its files (qpdf renumbers the objects and drops those nothing refers to).
std::string WithObjectStreams(const std::string& pdf) {
  test::TempPdf in(pdf), out("");
  int status = -1;
  test::Run("qpdf --deterministic-id --object-streams=generate " + in.path + " " + out.path,
            &status);
  BOOST_REQUIRE(status == 0);
  std::ifstream f(out.path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), {});
}

BOOST_AUTO_TEST_CASE(a_file_with_object_streams_is_changed_through_qpdf) {
  std::string original = WithObjectStreams(MiniPdf(kBodies));
  BOOST_REQUIRE(original.find("/ObjStm") != std::string::npos);
  BOOST_REQUIRE(original.find("/XRef") != std::string::npos);
  Read in(original);
  BOOST_REQUIRE(in.pdf.getRoot().getKey("/Pages").getKey("/Count").getIntValue() == 1);
  Rewrite rewrite(in.pdf, original);
  BOOST_TEST(!rewrite.CopiesObjects());
  // Every object is a candidate, the bytes in the file being compressed: here the four that
  // qpdf kept (it drops what nothing refers to) and the streams it made.
  BOOST_TEST(rewrite.ObjectsContaining("/S /Figure").size() >= 4u);
  QPDFObjectHandle page = in.pdf.getAllPages().at(0);
  QPDFObjectHandle content = page.getKey("/Contents");
  rewrite.SetStreamData(content, "1 1 m 2 2 l S\n");
  int xmp = rewrite.AddStream("/Type /Metadata /Subtype /XML", "<x/>", false);
  int info = rewrite.Add("<< /Title (Voortgang) >>");
  rewrite.Changed(in.pdf.getRoot(), {{"/Metadata", std::to_string(xmp) + " 0 R"}});
  rewrite.SetTrailer({{"/Info", std::to_string(info) + " 0 R"}});
  BOOST_TEST(rewrite.Rewritten(content));
  std::string out = rewrite.Write();

  test::TempPdf written(out);
  int status = -1;
  std::string check = test::Run("qpdf --check " + written.path + " 2>&1", &status);
  BOOST_TEST(status == 0, check);
  Read back(out);
  BOOST_TEST(back.pdf.anyWarnings() == false);
  BOOST_TEST(back.pdf.getAllPages().size() == 1u);
  QPDFObjectHandle metadata = back.pdf.getRoot().getKey("/Metadata");
  std::shared_ptr<Buffer> b = metadata.getStreamData(qpdf_dl_generalized);
  BOOST_TEST(std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize()) == "<x/>");
  BOOST_TEST(!metadata.getDict().hasKey("/Filter"));
  BOOST_TEST(back.pdf.getTrailer().getKey("/Info").getKey("/Title").getUTF8Value() ==
             "Voortgang");
  QPDFObjectHandle page_back = back.pdf.getAllPages().at(0);
  b = page_back.getKey("/Contents").getStreamData(qpdf_dl_generalized);
  BOOST_TEST(std::string(reinterpret_cast<const char*>(b->getBuffer()), b->getSize()) ==
             "1 1 m 2 2 l S\n");
  BOOST_TEST(back.pdf.getTrailer().getKey("/ID").getArrayNItems() == 2);
  // The same input gives the same bytes.
  Read again(original);
  Rewrite second(again.pdf, original);
  QPDFObjectHandle page_again = again.pdf.getAllPages().at(0);
  second.SetStreamData(page_again.getKey("/Contents"), "1 1 m 2 2 l S\n");
  int xmp2 = second.AddStream("/Type /Metadata /Subtype /XML", "<x/>", false);
  int info2 = second.Add("<< /Title (Voortgang) >>");
  second.Changed(again.pdf.getRoot(), {{"/Metadata", std::to_string(xmp2) + " 0 R"}});
  second.SetTrailer({{"/Info", std::to_string(info2) + " 0 R"}});
  BOOST_TEST(second.Write() == out);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace
}  // namespace voortgang::pdf
