// Reading a CSV export: ICU decodes, libcsv splits and unquotes, and this file keeps track of
// where each field starts, which libcsv does not report.
#include "pipeline/load/csv_reader.h"

#include <csv.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>

namespace voortgang {
namespace {

std::optional<std::string> ValidUtf8(std::string_view bytes, DecodeError* error) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) {
      error->offset = static_cast<std::size_t>(start);
      error->bytes = std::string(bytes.substr(start, i - start));
      return std::nullopt;
    }
  }
  return std::string(bytes);
}

std::optional<std::string> FromWindows1252(std::string_view bytes, DecodeError* error) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open("windows-1252", &status),
                                                           &ucnv_close);
  if (U_FAILURE(status)) {
    error->offset = 0;
    return std::nullopt;
  }
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::u16string wide(bytes.size(), u'\0');  // one byte, one UTF-16 unit
  UChar* target = wide.data();
  const char* source = bytes.data();
  ucnv_toUnicode(conv.get(), &target, wide.data() + wide.size(), &source,
                 bytes.data() + bytes.size(), nullptr, /*flush=*/true, &status);
  if (U_FAILURE(status)) {
    char bad[8];
    int8_t bad_length = sizeof bad;
    UErrorCode ignored = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), bad, &bad_length, &ignored);
    error->offset = static_cast<std::size_t>(source - bytes.data()) - bad_length;
    error->bytes = std::string(bad, bad_length);
    return std::nullopt;
  }
  int32_t units = static_cast<int32_t>(target - wide.data());
  // ICU maps the five undefined bytes to the C1 controls U+0081 etc. instead of failing; no
  // defined Windows-1252 byte gives a code point in U+0080..U+009F. One byte per unit, so the
  // index is the offset.
  for (int32_t i = 0; i < units; ++i) {
    if (wide[i] >= 0x80 && wide[i] <= 0x9F) {
      error->offset = static_cast<std::size_t>(i);
      error->bytes = std::string(1, bytes[i]);
      return std::nullopt;
    }
  }
  int32_t needed = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(nullptr, 0, &needed, wide.data(), units, &status);
  std::string out(static_cast<std::size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), needed, &needed, wide.data(), units, &status);
  if (U_FAILURE(status) && status != U_STRING_NOT_TERMINATED_WARNING) {
    error->offset = 0;
    return std::nullopt;
  }
  return out;
}

/// What the libcsv callbacks need to know about the segment being fed.
struct Reader {
  std::vector<CsvField> fields;
  std::size_t count = 0;        ///< fields of the current record
  std::size_t field_start = 0;  ///< where the field being read began
  bool record_start = true;     ///< the next field begins a record: its start is not known yet
  std::size_t at = 0;           ///< offset of the last byte fed (the one a callback fires on)
  const CsvRecordFunction* on_record;
};

void OnField(void* data, std::size_t length, void* context) {
  auto* r = static_cast<Reader*>(context);
  if (r->count == r->fields.size()) r->fields.emplace_back();
  CsvField& f = r->fields[r->count++];
  f.text.assign(static_cast<const char*>(data), data ? length : 0);
  f.offset = r->field_start;
  r->field_start = r->at + 1;
}

void OnRecord(int, void* context) {
  auto* r = static_cast<Reader*>(context);
  // Only the first `count` fields are this record's; the rest are kept for their buffers.
  (*r->on_record)(std::span<const CsvField>(r->fields.data(), r->count), r->at);
  r->count = 0;
  r->record_start = true;
}

int OnlySpace(unsigned char c) { return c == ' '; }

}  // namespace

std::string_view WithoutUtf8Bom(std::string_view bytes) {
  return bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
}

std::optional<std::string> DecodeToUtf8(std::string_view bytes, CsvEncoding encoding,
                                        DecodeError* error) {
  return encoding == CsvEncoding::kUtf8 ? ValidUtf8(bytes, error) : FromWindows1252(bytes, error);
}

TextPosition PositionCounter::At(std::size_t offset) {
  offset = std::min(offset, text_.size());
  if (offset < scanned_) {  // asked out of order: count again from the start
    scanned_ = line_start_ = 0;
    line_ = 1;
  }
  for (; scanned_ < offset; ++scanned_) {
    char c = text_[scanned_];
    bool lone_cr = c == '\r' && (scanned_ + 1 >= text_.size() || text_[scanned_ + 1] != '\n');
    if (c == '\n' || lone_cr) {
      ++line_;
      line_start_ = scanned_ + 1;
    }
  }
  TextPosition p{line_, 1};
  for (std::size_t i = line_start_; i < offset; ++i) {
    if (!utf8_ || (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++p.column;
  }
  return p;
}

bool ReadCsv(std::string_view text, char separator, const CsvRecordFunction& on_record,
             std::size_t* error_offset) {
  csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
    *error_offset = 0;
    return false;
  }
  std::unique_ptr<csv_parser, decltype(&csv_free)> guard(&parser, &csv_free);
  csv_set_delim(&parser, static_cast<unsigned char>(separator));
  // Only spaces are trimmed around unquoted fields: a tab may be the separator.
  csv_set_space_func(&parser, &OnlySpace);
  Reader r;
  r.on_record = &on_record;

  // libcsv says neither where a field starts nor where a record ends. Fed in segments that each
  // end at the only byte on which its callbacks can fire (a separator, quote or line break),
  // every callback happens at the last byte fed, and a field starts just after the previous one.
  std::array<bool, 256> special{};
  for (unsigned char c : {static_cast<unsigned char>(separator), static_cast<unsigned char>('"'),
                          static_cast<unsigned char>('\r'), static_cast<unsigned char>('\n')}) {
    special[c] = true;
  }
  const std::size_t size = text.size();
  for (std::size_t begin = 0; begin < size;) {
    std::size_t end = begin;
    while (end < size && !special[static_cast<unsigned char>(text[end])]) ++end;
    end = std::min(end + 1, size);  // include the special byte
    if (r.record_start && text[begin] != '\r' && text[begin] != '\n') {
      r.field_start = begin;
      r.record_start = false;
    }
    r.at = end - 1;
    std::size_t done = csv_parse(&parser, text.data() + begin, end - begin, OnField, OnRecord, &r);
    if (done != end - begin) {
      *error_offset = begin + done;
      return false;
    }
    begin = end;
  }
  r.at = size;
  if (csv_fini(&parser, OnField, OnRecord, &r) != 0) {
    *error_offset = r.field_start;  // a quote opened and never closed
    return false;
  }
  return true;
}

}  // namespace voortgang
