// The usual helper for std::visit with one lambda per alternative. A visit
// written with it names every alternative, so adding one (a third kind of
// scheme, a new rule) makes the compiler list each place to handle it.
#pragma once

namespace cityseceval {

template <class... Visitors>
struct overloaded : Visitors... {
  using Visitors::operator()...;
};
template <class... Visitors>
overloaded(Visitors...) -> overloaded<Visitors...>;

}  // namespace cityseceval
