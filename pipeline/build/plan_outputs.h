// Which outputs a build makes, and for each the exact inputs its bytes depend on, hashed into
// the key that decides whether it can be skipped. Internal to the build stage.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/build/build.h"
#include "pipeline/build/manifest.h"
#include "pipeline/check/resources.h"

namespace voortgang {

enum class OutputKind {
  kUnitDocument,
  kUnitHtml,  ///< the HTML edition of the unit's document
  kUnitWorkbook,
  kNationalDocument,
  kNationalHtml,
  kNationalWorkbook,
  kPublicationPage,  ///< <out>/<P>/index.html, made after the others (publication.h)
};

/// A unit's note or workbook, as against the national ones.
inline bool IsUnitOutput(OutputKind kind) {
  return kind == OutputKind::kUnitDocument || kind == OutputKind::kUnitHtml ||
         kind == OutputKind::kUnitWorkbook;
}

inline bool IsHtml(OutputKind kind) {
  return kind == OutputKind::kUnitHtml || kind == OutputKind::kNationalHtml;
}

inline bool IsWorkbook(OutputKind kind) {
  return kind == OutputKind::kUnitWorkbook || kind == OutputKind::kNationalWorkbook;
}

/// Which kinds of output a run makes (--only).
inline bool MakesPdf(const BuildOptions& o) {
  return o.only == OutputKinds::kAll || o.only == OutputKinds::kPdf;
}
inline bool MakesXlsx(const BuildOptions& o) {
  return o.only == OutputKinds::kAll || o.only == OutputKinds::kXlsx;
}
inline bool MakesHtml(const BuildOptions& o) {
  return o.only == OutputKinds::kAll || o.only == OutputKinds::kHtml;
}

/// templates/web.css, the stylesheet of every HTML output.
inline std::string WebCssPath(const BuildOptions& options) {
  return WebCssPath(options.templates_dir);
}

struct PlannedOutput {
  OutputKind kind = OutputKind::kUnitDocument;
  std::size_t unit = 0;     ///< index into Checked::units (unit outputs)
  std::string relative;     ///< path under <out>/<P>/
  std::string template_name;
  std::string house_style;  ///< name under templates/huisstijl/
  std::vector<FileHash> inputs;
  std::string key;
};

/// Hashes input files once per run, reusing the previous manifest's hash when a file's size and
/// modification time are unchanged (as make and ninja trust mtimes).
class FileHasher {
 public:
  /// `previous`: the manifest's stat cache; `known`: files this run has hashed already (the
  /// unit cache hashes those whose modification time alone changed).
  FileHasher(const std::map<std::string, StatEntry>& previous,
             const std::map<std::string, StatEntry>& known)
      : previous_(previous), known_(known) {}
  /// The file's hash; "missing" when it cannot be read (which changes the key, as it should).
  const std::string& Hash(const std::string& path);
  const std::map<std::string, StatEntry>& seen() const { return seen_; }

 private:
  const std::map<std::string, StatEntry>& previous_;
  const std::map<std::string, StatEntry>& known_;
  std::map<std::string, StatEntry> seen_;
};

/// Lists the outputs of the run with their keys. National outputs only with `national`.
std::vector<PlannedOutput> PlanOutputs(const BuildOptions& options, const Checked& checked,
                                       const std::map<std::string, StyleFiles>& styles,
                                       bool national, FileHasher* hasher);

/// "standaard" unless the run or the unit names another.
inline std::string HouseStyleName(const BuildOptions& options, const UnitSummary& unit) {
  return HouseStyleName(options.house_style, unit);
}

}  // namespace voortgang
