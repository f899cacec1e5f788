// Writing cairo's PDF out again with a few objects changed or added, every other object copied
// byte for byte.
#pragma once

// No PointerHolder in our code: use the std::shared_ptr API only.
#define POINTERHOLDER_TRANSITION 4
#include <map>
#include <optional>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace voortgang::pdf {

/// QPDFWriter parses and serialises every object of the file again, which was half the
/// post-processing time; the post-processing changes pages, annotations, a few structure
/// elements and the content streams, and leaves fonts, images and most of the structure tree
/// alone. In a file with a classic cross-reference table (cairo 1.16) those are copied as cairo
/// wrote them, so QPDF parses only what is read or changed. A file with cross-reference or
/// object streams (cairo 1.18 writes them), or with incremental updates, cannot be copied
/// object by object: there the changes are made to QPDF's objects and QPDFWriter writes the
/// whole file (CopiesObjects() is false).
class Rewrite {
 public:
  /// Raw "/Key value" text added to a dictionary as it is written (the keys are dropped from
  /// the object's own value first): how a changed object refers to an added one.
  using Entries = std::vector<std::pair<std::string, std::string>>;

  /// `original` is the file `pdf` was read from; both must outlive the Rewrite.
  Rewrite(QPDF& pdf, const std::string& original) : pdf_(pdf), original_(original) {}

  /// Whether the file is copied object by object (a classic cross-reference table, every object
  /// at an offset of its own) rather than written anew by QPDFWriter.
  bool CopiesObjects();

  /// The objects whose bytes in the file contain `needle`, in file order: a cheap way to find
  /// the few structure elements to change among hundreds, without QPDF parsing them all. A
  /// candidate may still be something else (a string that says the same), so callers check.
  /// Without CopiesObjects() the bytes may be compressed: every object, by number.
  std::vector<QPDFObjectHandle> ObjectsContaining(std::string_view needle);

  /// An object of the file as it lies there: "N G obj" up to the next object.
  struct RawObject {
    QPDFObjGen og;
    std::string_view bytes;
  };
  /// The indirect object `og` as it lies in the file, for changes QPDF need not parse the
  /// object for (CopiesObjects() only); nullopt when the file has no such object.
  std::optional<RawObject> Raw(QPDFObjGen og);
  /// Raw() of each object ObjectsContaining(needle) gives (CopiesObjects() only).
  std::vector<RawObject> RawObjectsContaining(std::string_view needle);
  /// The dictionary object `og` is written as it lies in the file with `extra` inserted before
  /// its closing ">>"; the caller knows it has none of those keys (CopiesObjects() only, and not
  /// for an object also Changed).
  void Append(QPDFObjGen og, Entries extra);

  /// The indirect `object` is written from its current value, with `extra` added.
  void Changed(QPDFObjectHandle object, Entries extra = {});
  /// The stream `stream` is written with `data` (unfiltered), flate-compressed fast.
  void SetStreamData(QPDFObjectHandle stream, std::string data);
  /// Whether `object` is written from a new value (Changed or SetStreamData).
  bool Rewritten(QPDFObjectHandle object) const { return changed_.count(object.getObjGen()) > 0; }
  /// A new object, `body` being its value ("<< … >>"); returns its object number.
  int Add(std::string body);
  /// A new stream object with `dictionary` ("/Key value …", without /Length and /Filter);
  /// flate-compressed when `compress`. Returns its object number.
  int AddStream(const std::string& dictionary, const std::string& data, bool compress);
  /// Trailer entries added or replaced, as in Changed.
  void SetTrailer(Entries extra) { trailer_extra_ = std::move(extra); }

  /// The whole file: cairo's header, every object in its original place in the order (changed
  /// ones with their new value), the added objects, a new cross-reference table, and a trailer
  /// whose /ID is a digest of everything before it (the same input gives the same bytes).
  /// Without CopiesObjects(): QPDFWriter's file, object streams kept, a deterministic /ID.
  std::string Write();

 private:
  std::string Body(QPDFObjectHandle object, const Entries& extra);
  /// `extra` set on `object`'s dictionary as QPDF objects (without CopiesObjects()).
  void Apply(QPDFObjectHandle object, const Entries& extra);
  std::string WriteWithQpdf();
  /// cairo's objects by file offset, and where the last one ends.
  const std::vector<std::pair<size_t, QPDFObjGen>>& Placed();
  /// Indices into Placed() of the objects whose bytes contain `needle`, in file order.
  std::vector<size_t> PlacedContaining(std::string_view needle);
  /// Where Placed()[index] ends: the next object's offset, or the end of the objects.
  size_t EndOf(size_t index) {
    return index + 1 < placed_.size() ? placed_[index + 1].first : end_of_objects_;
  }

  QPDF& pdf_;
  const std::string& original_;
  std::map<QPDFObjGen, Entries> changed_;
  std::map<QPDFObjGen, Entries> appended_;
  std::map<QPDFObjGen, std::string> stream_data_;  // compressed
  std::vector<std::string> added_;                 // complete "<<…>>[stream…endstream]" bodies
  Entries trailer_extra_;
  int copies_ = -1;       // CopiesObjects(): -1 not yet known
  int last_object_ = -1;  // cairo's highest object number
  std::vector<std::pair<size_t, QPDFObjGen>> placed_;
  std::map<QPDFObjGen, size_t> placed_index_;  // filled by Raw()
  size_t end_of_objects_ = 0;
};

/// `data` in the zlib format (a FlateDecode stream's bytes), compressed by libdeflate at
/// `level` (1 fastest, 6 its default, 12 smallest).
std::string Deflate(const std::string& data, int level);

/// A FlateDecode stream's bytes `data` inflated by libdeflate (about twice as fast as zlib
/// behind QPDF's pipelines); nullopt when they are not one whole zlib stream.
std::optional<std::string> Inflate(std::string_view data);

}  // namespace voortgang::pdf
