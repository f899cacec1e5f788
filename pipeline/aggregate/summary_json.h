// The figures as `voortgang summary --json` prints them (cli.md): integer cents, input order.
#pragma once

#include <string>

#include "pipeline/model/figures.h"

namespace voortgang {

std::string SummaryJson(const Figures& figures);

}  // namespace voortgang
