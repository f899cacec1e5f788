// The HTML renderer's entry points: Document + HouseStyle + the web stylesheet
// (templates/web.css) -> one self-contained HTML5 page. The browser lays it out; this renderer
// only says what each block is.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/model/document.h"
#include "pipeline/model/house_style.h"

namespace voortgang {

/// The stylesheet a page of this house style carries inline: the style's fonts, sizes and
/// colours as CSS custom properties and its page size and margins as an @page rule, then `css`
/// (the text of templates/web.css, which uses those properties).
std::string HtmlStylesheet(const HouseStyle& style, std::string_view css);

/// The page; "" and *error on failure. No script, no external request: the stylesheet inline,
/// the logo as a data URI, the charts as inline SVG. Deterministic like RenderPdf.
std::string RenderHtml(const doc::Document& document, const HouseStyle& style,
                       std::string_view css, std::string* error);

}  // namespace voortgang
