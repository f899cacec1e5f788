// Names of the enumerations as users write them.
#include "pipeline/model/records.h"

namespace voortgang {

const char* StatusName(Status s) {
  switch (s) {
    case Status::kGepland: return "gepland";
    case Status::kLopend: return "lopend";
    case Status::kAfgerond: return "afgerond";
    case Status::kVertraagd: return "vertraagd";
    case Status::kGestopt: return "gestopt";
  }
  return "";
}

}  // namespace voortgang
