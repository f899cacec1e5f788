// The computed figures for one reporting period, in exact cents (input-format.md,
// "What the pipeline computes"). Every renderer reads money from here and sums nothing itself.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/money.h"
#include "pipeline/model/period.h"
#include "pipeline/model/records.h"

namespace voortgang {

using YearAmounts = std::map<int, Money>;  ///< year -> amount, ascending years

struct ActielijnFigures {
  std::string id;
  YearAmounts begroot;  ///< largest-remainder shares of the themes' amounts
  Money uitgaven;
  Money verplichtingen;
  Money begroot_total;  ///< all years of begroot
  /// Booked in P: split(t/m P) - split(t/m P-1) per theme (changes.md), so that t/m P-1 plus
  /// in P is t/m P in every row and column.
  Money uitgaven_kwartaal;
  Money verplichtingen_kwartaal;
  Money uitgaven_voor_kwartaal;  ///< t/m P-1: uitgaven - uitgaven_kwartaal
  Money verplichtingen_voor_kwartaal;
};

/// One column of a unit's quarterly series: the bookings of one quarter.
struct QuarterFigures {
  Period period;  ///< for the "eerder" column: the first quarter it sums
  Money uitgaven;
  Money verplichtingen;
};

/// At most this many quarters are shown; earlier ones are summed into one "eerder" column.
inline constexpr int kMaxQuarters = 40;

struct ThemeFigures {
  std::string id;
  YearAmounts begroot;
  Money begroot_total;   ///< all years
  Money uitgaven;        ///< uitgave bookings with periode <= P
  Money verplichtingen;  ///< verplichting bookings with periode <= P
  Money uitgaven_kwartaal;        ///< uitgave bookings with periode == P
  Money verplichtingen_kwartaal;  ///< verplichting bookings with periode == P
  Money uitgaven_voor_kwartaal;   ///< t/m P-1: uitgaven - uitgaven_kwartaal
  Money verplichtingen_voor_kwartaal;
  Money saldo;           ///< begroot_total - uitgaven - verplichtingen
  /// This theme's amounts split over its own actielijnen (programma order); each column adds up
  /// to the theme's amount to the cent.
  std::vector<ActielijnFigures> split;
};

/// One year of a unit's funds against its plan, cumulative as input-format.md defines.
struct YearFigures {
  int year = 0;
  Money middelen;             ///< funds of this year
  Money begroot;              ///< planned in this year over all themes
  Money middelen_cumulative;  ///< years <= year
  Money begroot_cumulative;
  Money nog_te_programmeren;  ///< middelen_cumulative - begroot_cumulative; negative = overprogrammering
};

struct UnitFigures {
  std::string id;
  bool has_budget = false;
  Money middelen;  ///< all years
  YearAmounts middelen_per_year;
  YearAmounts begroot;  ///< per year over all themes
  Money begroot_total;
  Money uitgaven;
  Money verplichtingen;
  Money saldo;  ///< middelen - uitgaven - verplichtingen
  Money besteed;        ///< uitgaven + verplichtingen
  Money begroot_saldo;  ///< begroot_total - uitgaven - verplichtingen: the themes' saldo summed
  Money uitgaven_kwartaal;  ///< booked in P
  Money verplichtingen_kwartaal;
  Money uitgaven_voor_kwartaal;  ///< t/m P-1: uitgaven - uitgaven_kwartaal
  Money verplichtingen_voor_kwartaal;
  /// The quarters from the first one any booking names up to P, the last kMaxQuarters of them;
  /// empty when no booking lies on or before P.
  std::vector<QuarterFigures> quarters;
  std::optional<QuarterFigures> eerder;  ///< the quarters before `quarters`, summed
  std::vector<YearFigures> years;  ///< every year that has middelen or begroot
  std::vector<ThemeFigures> themas;            ///< plan order
  std::vector<ActielijnFigures> actielijnen;   ///< programma order, every actielijn
  std::map<Status, int> acties_by_status;      ///< every status, zero included
  std::map<Status, int> acties_changed;        ///< actions whose status began in P, by status
};

struct NationalFigures {
  Money middelen;
  YearAmounts begroot;
  Money begroot_total;  ///< all years
  Money uitgaven;
  Money verplichtingen;
  Money saldo;
  Money uitgaven_kwartaal;
  Money verplichtingen_kwartaal;
  Money uitgaven_voor_kwartaal;  ///< t/m P-1: uitgaven - uitgaven_kwartaal
  Money verplichtingen_voor_kwartaal;
  std::vector<ActielijnFigures> actielijnen;  ///< programma order
  std::map<Status, int> acties_by_status;
  std::map<Status, int> acties_changed;
};

struct Figures {
  Period period;
  Period previous;  ///< P-1, the quarter before ("vorige_periode")
  std::vector<UnitFigures> units;  ///< same order as Inputs::units
  NationalFigures national;
};

}  // namespace voortgang
