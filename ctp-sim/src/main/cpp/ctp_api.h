// The CTP API as generated from the ABI profile (one source of truth), plus the export macro.
#pragma once

#include "ThostFtdcTraderApi.h"
#include "ThostFtdcMdApi.h"

// The library is built with -fvisibility=hidden; only the SFIT factories and the ctpsim_ control API
// are exported, so that simulators of two profiles can live in one process.
#define CTPSIM_EXPORT __attribute__((visibility("default")))
