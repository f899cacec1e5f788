// The [[...]] directives of every document kind, as one table: name, the documents it may stand
// in, its handler and its Dutch help text. The template checker, the document builders and the
// reference in templates/LEESMIJ.md all read this table, so a new directive is one entry plus
// its handler.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/document.h"
#include "pipeline/report/blocks.h"
#include "pipeline/report/template.h"

namespace voortgang::report {

struct UnitView;
struct NationalView;

/// The documents a directive may stand in. The unit templates (voortgangsnotitie, raadsmemo and
/// any template a unit names) share one vocabulary; the national overview has its own.
enum class Documents { kAll, kUnit, kNational };

/// What a handler can draw on while one document is built. `unit` is set in unit documents,
/// `national` in the national overview; the table only sends a directive to a document it
/// may stand in, so a handler dereferences the one its entry is for.
struct DirectiveScope {
  const MetaLines* meta = nullptr;
  Captions* captions = nullptr;
  const UnitView* unit = nullptr;
  const NationalView* national = nullptr;
};

/// The typed handlers of the unit documents and of the national overview (declared with these
/// function types in unit_view.h and national_view.h); the table adapts them.
using UnitDirective = bool(const UnitView& view, const Element& d, Captions* captions,
                           std::vector<doc::Block>* out, std::string* error);
using NationalDirective = bool(const NationalView& view, const Element& d, Captions* captions,
                               std::vector<doc::Block>* out, std::string* error);

/// Turns one directive into blocks; false with *error for bad arguments. `d.args[0]` is the
/// kind of a two-part name ("stand" of "tabel:stand"), later args are the directive's own.
using DirectiveFn = bool (*)(const DirectiveScope& scope, const Element& d,
                             std::vector<doc::Block>* out, std::string* error);

struct Directive {
  std::string_view name;       ///< "titelblad" or "tabel:stand": what the template writes
  std::string_view arguments;  ///< further arguments as the reference shows them: ":<thema>"
  Documents documents;
  DirectiveFn handler;
  std::string_view help;  ///< Dutch, one sentence for LEESMIJ.md, no final full stop
};

/// Every directive, in the order the reference lists them.
const std::vector<Directive>& AllDirectives();

/// The names a document kind allows ("titelblad", "tabel:stand", ...), for its Vocabulary.
std::set<std::string> DirectiveNames(Documents documents);

/// Runs the entry that matches `d` in a document of kind `documents`; an error naming the
/// known kinds when none does (a kind that came from a placeholder is only known now).
bool RunDirective(Documents documents, const DirectiveScope& scope, const Element& d,
                  std::vector<doc::Block>* out, std::string* error);

/// The Markdown list of directives per document kind that templates/LEESMIJ.md carries between
/// its "opdrachten" markers (a test keeps the two equal).
std::string DirectiveReference();

// The handlers, named after their directives; each file defines its document kind's.
namespace common {
bool Titelblad(const DirectiveScope&, const Element&, std::vector<doc::Block>*, std::string*);
bool Memokop(const DirectiveScope&, const Element&, std::vector<doc::Block>*, std::string*);
bool Inhoud(const DirectiveScope&, const Element&, std::vector<doc::Block>*, std::string*);
bool PaginaEinde(const DirectiveScope&, const Element&, std::vector<doc::Block>*, std::string*);
bool Witregel(const DirectiveScope&, const Element&, std::vector<doc::Block>*, std::string*);
}  // namespace common

}  // namespace voortgang::report
