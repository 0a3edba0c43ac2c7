#include "cityseceval/limits.h"

namespace cityseceval {

namespace {

// Written once by the command line before anything is read, then only read
// (by every thread of a batch), so it needs no lock.
Limits& process_limits() {
  static Limits limits = default_limits;
  return limits;
}

}  // namespace

const Limits& input_limits() { return process_limits(); }

void set_input_limits(const Limits& limits) { process_limits() = limits; }

}  // namespace cityseceval
