#pragma once
#include <QtGlobal>

namespace rapport {

class MainWindow;

// For the start benchmark (bench/UiBench.cpp): when rapport runs with
// RAPPORT_BENCH_T0 set to a CLOCK_MONOTONIC time in nanoseconds (taken by the
// benchmark just before it launched the process), the first time the current
// page has its data and has been painted, prints
// "first-paint <page> <milliseconds since T0>" on stdout and quits.
// Returns false (and does nothing) when the variable is not set.
bool probeFirstPaint(MainWindow &window);

} // namespace rapport
