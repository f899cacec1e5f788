// Object-level rewrite of a PDF with a classic cross-reference table; QPDFWriter for any other.
#include "renderers/pdf/rewrite.h"

#include <libdeflate.h>
#include <openssl/evp.h>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <stdexcept>

namespace voortgang::pdf {
namespace {

/// The last `width` digits of `value`, zero-padded, at `at`: an xref field.
void ZeroPadded(char* at, int width, size_t value) {
  for (int i = width - 1; i >= 0; --i, value /= 10) at[i] = static_cast<char>('0' + value % 10);
}

/// The value of the last "startxref" in the file: where the objects end.
size_t StartXref(const std::string& pdf) {
  size_t at = pdf.rfind("startxref");
  if (at == std::string::npos) throw std::runtime_error("no startxref");
  size_t value = 0;
  bool digits = false;
  for (size_t i = at + 9; i < pdf.size(); ++i) {
    char c = pdf[i];
    if (c >= '0' && c <= '9') {
      value = value * 10 + (c - '0');
      digits = true;
    } else if (digits || !(c == ' ' || c == '\r' || c == '\n')) {
      break;
    }
  }
  if (!digits || value > at) throw std::runtime_error("bad startxref");
  return value;
}

std::string ObjectHeader(QPDFObjGen og) {
  return std::to_string(og.getObj()) + " " + std::to_string(og.getGen()) + " obj";
}

/// The first 16 bytes of the SHA-256 of `data` in hex: a file identifier as long as the MD5
/// one PDF suggests, in a third of its time on processors with SHA instructions.
std::string HexDigest(const std::string& data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (!EVP_Digest(data.data(), data.size(), digest, &length, EVP_sha256(), nullptr))
    throw std::runtime_error("SHA-256 failed");
  length = std::min(length, 16u);
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < length; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  return out;
}

/// `dictionary` ("<< … >>") with `extra` entries inserted before its closing ">>".
std::string WithEntries(std::string dictionary, const Rewrite::Entries& extra) {
  if (extra.empty()) return dictionary;
  size_t close = dictionary.rfind(">>");
  if (close == std::string::npos) throw std::logic_error("not a dictionary: " + dictionary);
  std::string tail;
  for (const auto& [key, value] : extra) tail += " " + key + " " + value;
  dictionary.insert(close, tail + " ");
  return dictionary;
}

/// A copy of `dictionary` without the keys `extra` will add.
QPDFObjectHandle Without(QPDFObjectHandle dictionary, const Rewrite::Entries& extra) {
  if (extra.empty()) return dictionary;
  QPDFObjectHandle copy = dictionary.shallowCopy();
  for (const auto& entry : extra) copy.removeKey(entry.first);
  return copy;
}

}  // namespace

std::string Deflate(const std::string& data, int level) {
  // A compressor holds about a megabyte of tables: one per level and thread, kept.
  struct Compressors {
    libdeflate_compressor* at[13] = {};
    ~Compressors() {
      for (libdeflate_compressor* c : at) libdeflate_free_compressor(c);
    }
  };
  thread_local Compressors compressors;
  if (level < 1 || level > 12) throw std::invalid_argument("deflate level out of range");
  libdeflate_compressor*& c = compressors.at[level];
  if (!c) c = libdeflate_alloc_compressor(level);
  if (!c) throw std::runtime_error("deflate: out of memory");
  std::string out(libdeflate_zlib_compress_bound(c, data.size()), '\0');
  size_t size = libdeflate_zlib_compress(c, data.data(), data.size(), out.data(), out.size());
  if (size == 0) throw std::runtime_error("deflate failed");
  out.resize(size);
  return out;
}

std::optional<std::string> Inflate(std::string_view data) {
  struct Decompressor {
    libdeflate_decompressor* d = libdeflate_alloc_decompressor();
    ~Decompressor() { libdeflate_free_decompressor(d); }
  };
  thread_local Decompressor decompressor;
  if (!decompressor.d) throw std::runtime_error("inflate: out of memory");
  // Content streams shrink about fivefold; a guess too small is doubled, up to a bound.
  for (size_t size = data.size() * 6 + 1024; size <= (size_t{1} << 31); size *= 2) {
    std::string out(size, '\0');
    size_t actual = 0;
    libdeflate_result r = libdeflate_zlib_decompress(decompressor.d, data.data(), data.size(),
                                                     out.data(), out.size(), &actual);
    if (r == LIBDEFLATE_SUCCESS) {
      out.resize(actual);
      return out;
    }
    if (r != LIBDEFLATE_INSUFFICIENT_SPACE) return std::nullopt;
  }
  return std::nullopt;
}

bool Rewrite::CopiesObjects() {
  if (copies_ >= 0) return copies_ == 1;
  // A classic table: "startxref" points at the keyword "xref", not at a stream object, and no
  // earlier revision or cross-reference stream adds objects elsewhere.
  bool classic = original_.compare(StartXref(original_), 4, "xref") == 0;
  QPDFObjectHandle trailer = pdf_.getTrailer();
  if (trailer.hasKey("/Prev") || trailer.hasKey("/XRefStm")) classic = false;
  for (const auto& [og, entry] : pdf_.getXRefTable())
    if (entry.getType() != 1) classic = false;
  copies_ = classic ? 1 : 0;
  return classic;
}

void Rewrite::Apply(QPDFObjectHandle object, const Entries& extra) {
  QPDFObjectHandle dictionary = object.isStream() ? object.getDict() : object;
  // Parsed inside an array: on its own, QPDF reads "8 0 R" as the number 8 and trailing text.
  for (const auto& [key, value] : extra)
    dictionary.replaceKey(key,
                          QPDFObjectHandle::parse(&pdf_, "[ " + value + " ]").getArrayItem(0));
}

void Rewrite::Changed(QPDFObjectHandle object, Entries extra) {
  if (!object.isIndirect()) throw std::logic_error("Rewrite::Changed needs an indirect object");
  if (!CopiesObjects()) {
    Apply(object, extra);
    changed_[object.getObjGen()];
    return;
  }
  Entries& entries = changed_[object.getObjGen()];
  entries.insert(entries.end(), extra.begin(), extra.end());
}

void Rewrite::SetStreamData(QPDFObjectHandle stream, std::string data) {
  if (!stream.isStream() || !stream.isIndirect())
    throw std::logic_error("Rewrite::SetStreamData needs an indirect stream");
  changed_[stream.getObjGen()];
  if (!CopiesObjects()) {
    stream.replaceStreamData(Deflate(data, 1), QPDFObjectHandle::newName("/FlateDecode"),
                             QPDFObjectHandle::newNull());
    return;
  }
  // The fastest level: content streams are most of what is compressed here. At zlib's default
  // this took 7 ms of a 26-page note; libdeflate's level 1 is twice as fast as zlib's level 1,
  // and its output a tenth smaller.
  stream_data_[stream.getObjGen()] = Deflate(data, 1);
}

int Rewrite::Add(std::string body) {
  if (!CopiesObjects())
    return pdf_.makeIndirectObject(QPDFObjectHandle::parse(&pdf_, body)).getObjectID();
  added_.push_back(std::move(body));
  Placed();
  return last_object_ + static_cast<int>(added_.size());
}

int Rewrite::AddStream(const std::string& dictionary, const std::string& data, bool compress) {
  std::string bytes = compress ? Deflate(data, 6) : data;
  if (!CopiesObjects()) {
    QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf_);
    QPDFObjectHandle entries = QPDFObjectHandle::parse(&pdf_, "<< " + dictionary + " >>");
    for (const std::string& key : entries.getKeys())
      stream.getDict().replaceKey(key, entries.getKey(key));
    stream.replaceStreamData(bytes,
                             compress ? QPDFObjectHandle::newName("/FlateDecode")
                                      : QPDFObjectHandle::newNull(),
                             QPDFObjectHandle::newNull());
    return stream.getObjectID();
  }
  return Add("<< " + dictionary + (compress ? " /Filter /FlateDecode" : "") + " /Length " +
             std::to_string(bytes.size()) + " >>\nstream\n" + bytes + "\nendstream");
}

std::string Rewrite::Body(QPDFObjectHandle object, const Entries& extra) {
  auto data = stream_data_.find(object.getObjGen());
  if (data == stream_data_.end()) {
    if (object.isStream()) throw std::logic_error("a changed stream needs its data");
    return WithEntries(Without(object, extra).unparseResolved(), extra);
  }
  QPDFObjectHandle dict = object.getDict().shallowCopy();
  dict.removeKey("/DecodeParms");
  dict.replaceKey("/Filter", QPDFObjectHandle::newName("/FlateDecode"));
  dict.replaceKey("/Length", QPDFObjectHandle::newInteger(data->second.size()));
  return WithEntries(Without(dict, extra).unparseResolved(), extra) + "\nstream\n" +
         data->second + "\nendstream";
}

const std::vector<std::pair<size_t, QPDFObjGen>>& Rewrite::Placed() {
  if (!placed_.empty()) return placed_;
  for (const auto& [og, entry] : pdf_.getXRefTable()) {
    if (entry.getType() != 1) throw std::runtime_error("object streams are not supported");
    placed_.emplace_back(static_cast<size_t>(entry.getOffset()), og);
    last_object_ = std::max(last_object_, og.getObj());
  }
  if (placed_.empty()) throw std::runtime_error("no objects");
  std::sort(placed_.begin(), placed_.end());
  end_of_objects_ = StartXref(original_);
  return placed_;
}

std::vector<size_t> Rewrite::PlacedContaining(std::string_view needle) {
  const auto& placed = Placed();
  std::string_view file(original_.data(), end_of_objects_);
  std::vector<size_t> found;
  for (size_t at = file.find(needle, placed.front().first); at != std::string_view::npos;
       at = file.find(needle, at + needle.size())) {
    auto after = std::upper_bound(placed.begin(), placed.end(), std::make_pair(at, QPDFObjGen()),
                                  [](const auto& a, const auto& b) { return a.first < b.first; });
    size_t index = static_cast<size_t>(after - placed.begin()) - 1;
    if (!found.empty() && found.back() == index) continue;  // the same object again
    found.push_back(index);
  }
  return found;
}

std::vector<QPDFObjectHandle> Rewrite::ObjectsContaining(std::string_view needle) {
  if (!CopiesObjects()) return pdf_.getAllObjects();
  std::vector<QPDFObjectHandle> found;
  for (size_t index : PlacedContaining(needle))
    found.push_back(pdf_.getObjectByObjGen(placed_[index].second));
  return found;
}

std::optional<Rewrite::RawObject> Rewrite::Raw(QPDFObjGen og) {
  if (!CopiesObjects()) throw std::logic_error("Rewrite::Raw needs a copied file");
  if (placed_index_.empty())
    for (size_t i = 0; i < Placed().size(); ++i) placed_index_.emplace(placed_[i].second, i);
  auto it = placed_index_.find(og);
  if (it == placed_index_.end()) return std::nullopt;
  size_t from = placed_[it->second].first;
  return RawObject{og, std::string_view(original_).substr(from, EndOf(it->second) - from)};
}

std::vector<Rewrite::RawObject> Rewrite::RawObjectsContaining(std::string_view needle) {
  if (!CopiesObjects()) throw std::logic_error("Rewrite::RawObjectsContaining needs a copied file");
  std::vector<RawObject> found;
  for (size_t index : PlacedContaining(needle)) {
    size_t from = placed_[index].first;
    found.push_back(RawObject{placed_[index].second,
                              std::string_view(original_).substr(from, EndOf(index) - from)});
  }
  return found;
}

void Rewrite::Append(QPDFObjGen og, Entries extra) {
  if (!CopiesObjects()) throw std::logic_error("Rewrite::Append needs a copied file");
  Entries& entries = appended_[og];
  entries.insert(entries.end(), extra.begin(), extra.end());
}

std::string Rewrite::WriteWithQpdf() {
  QPDFObjectHandle trailer = pdf_.getTrailer();
  Apply(trailer, trailer_extra_);
  QPDFWriter writer(pdf_);
  writer.setOutputMemory();
  writer.setDeterministicID(true);  // the same input gives the same bytes
  // Streams stay as they are: changed ones were compressed here, the others by cairo; a plain
  // one left over is compressed (but not the XMP, which QPDFWriter leaves readable).
  writer.setDecodeLevel(qpdf_dl_none);
  writer.setCompressStreams(true);
  writer.setObjectStreamMode(qpdf_o_preserve);
  writer.write();
  std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

std::string Rewrite::Write() {
  if (!CopiesObjects()) return WriteWithQpdf();
  const auto& placed = Placed();
  size_t end_of_objects = end_of_objects_;
  int size = last_object_ + 1 + static_cast<int>(added_.size());

  std::string out;
  out.reserve(original_.size() + original_.size() / 4);
  out.append(original_, 0, placed.front().first);
  std::vector<size_t> offsets(size, 0);
  std::vector<int> generations(size, 0);
  size_t rewritten = 0, appended_count = 0;
  for (size_t i = 0; i < placed.size(); ++i) {
    auto [from, og] = placed[i];
    size_t to = i + 1 < placed.size() ? placed[i + 1].first : end_of_objects;
    std::string header = ObjectHeader(og);  // cairo may put a space or newline after it
    if (to <= from || original_.compare(from, header.size(), header) != 0)
      throw std::runtime_error("object " + header + " is not where the xref says");
    offsets[og.getObj()] = out.size();
    generations[og.getObj()] = og.getGen();
    auto changed = changed_.find(og);
    auto appended = appended_.find(og);
    if (appended != appended_.end()) {
      if (changed != changed_.end()) throw std::logic_error("object both changed and appended to");
      // The dictionary's closing ">>" is the last before "endobj", with only white space
      // between (no stream).
      std::string_view bytes = std::string_view(original_).substr(from, to - from);
      size_t end = bytes.rfind("endobj");
      size_t close = end == std::string_view::npos ? end : bytes.rfind(">>", end);
      if (close == std::string_view::npos ||
          bytes.substr(close + 2, end - close - 2).find_first_not_of(" \r\n\t") !=
              std::string_view::npos)
        throw std::runtime_error("object " + header + " is not a dictionary to append to");
      out.append(bytes.substr(0, close));
      for (const auto& [key, value] : appended->second) out += " " + key + " " + value;
      out += " ";
      out.append(bytes.substr(close));
      ++appended_count;
    } else if (changed == changed_.end()) {
      out.append(original_, from, to - from);
    } else {
      out += header + "\n" + Body(pdf_.getObjectByObjGen(og), changed->second) + "\nendobj\n";
      ++rewritten;
    }
  }
  if (rewritten != changed_.size() || appended_count != appended_.size())
    throw std::logic_error("a changed object is not in the file");
  int first_added = size - static_cast<int>(added_.size());
  for (size_t k = 0; k < added_.size(); ++k) {
    int number = first_added + static_cast<int>(k);
    offsets[number] = out.size();
    out += std::to_string(number) + " 0 obj\n" + added_[k] + "\nendobj\n";
  }

  size_t xref_at = out.size();
  out += "xref\n0 " + std::to_string(size) + "\n";
  for (int n = 0; n < size; ++n) {
    char line[] = "0000000000 00000 n \n";  // snprintf cost 1 500 instructions a line
    if (n == 0 || offsets[n] == 0) {
      line[17] = 'f';
      if (n == 0) ZeroPadded(line + 11, 5, 65535);
    } else {
      ZeroPadded(line, 10, offsets[n]);
      ZeroPadded(line + 11, 5, static_cast<size_t>(generations[n]));
    }
    out.append(line, sizeof line - 1);
  }
  std::string id = HexDigest(out);
  id.insert(id.begin(), '<');
  id.push_back('>');
  Entries trailer = trailer_extra_;
  trailer.emplace_back("/Size", std::to_string(size));
  trailer.emplace_back("/ID", "[ " + id + " " + id + " ]");
  QPDFObjectHandle original_trailer = pdf_.getTrailer().shallowCopy();
  for (const char* key : {"/Prev", "/XRefStm"}) original_trailer.removeKey(key);
  out += "trailer\n" + WithEntries(Without(original_trailer, trailer).unparseResolved(), trailer) +
         "\nstartxref\n" + std::to_string(xref_at) + "\n%%EOF\n";
  return out;
}

}  // namespace voortgang::pdf
