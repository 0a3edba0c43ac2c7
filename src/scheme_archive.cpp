#include "scheme_archive.h"

#include <cstdint>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace cityseceval::detail {

namespace {

// ---- What is stored: every member, in one list per struct --------------------
//
// One list serves both directions (the Writer reads the members, the Reader
// fills them), so what is written and what is read cannot drift apart. A
// member added to a struct of tree.h or rules.h must be added here too, or the
// built-in schemes lose it: the size checks below fail the build as a reminder,
// and tests/test_scheme_archive.cpp compares restored schemes with loaded ones.

template <class A> void fields(A& a, RatingLevel& x) { a(x.id, x.name, x.name_en, x.value, x.location); }
template <class A> void fields(A& a, RatingScale& x) { a(x.levels); }
template <class A> void fields(A& a, RatingMean& x) { a(x.scale); }
template <class A> void fields(A&, PointsSum&) {}
template <class A> void fields(A& a, GradeBand& x) {
  a(x.id, x.name, x.name_en, x.min, x.min_inclusive, x.max, x.max_inclusive, x.location);
}
template <class A> void fields(A& a, Precision& x) { a(x.decimals, x.rounding); }
template <class A> void fields(A& a, RatedItem& x) { a(x.direct_score); }

template <class A> void fields(A& a, PresentRule& x) { a(x.points, x.absent); }
template <class A> void fields(A& a, PerCountRule& x) { a(x.each, x.cap); }
template <class A> void fields(A& a, RatioThreshold& x) { a(x.at, x.inclusive, x.points); }
template <class A> void fields(A& a, RatioThresholdsRule& x) { a(x.thresholds, x.any); }
template <class A> void fields(A& a, CountTier& x) { a(x.min, x.points); }
template <class A> void fields(A& a, CountTiersRule& x) { a(x.tiers, x.zero); }
template <class A> void fields(A& a, ProportionalRule& x) { a(x.points, x.decimals, x.rounding); }
template <class A> void fields(A& a, ChoiceOutcome& x) { a(x.id, x.name, x.points); }
template <class A> void fields(A& a, ChoiceRule& x) { a(x.outcomes); }
template <class A> void fields(A& a, MissingCandidate& x) { a(x.id, x.name); }
template <class A> void fields(A& a, PerMissingRule& x) { a(x.each, x.of); }
template <class A> void fields(A& a, AddOnRule& x) { a(x.points); }
template <class A> void fields(A& a, ExternalRule& x) { a(x.min, x.max, x.source); }
template <class A> void fields(A& a, JudgementRule& x) { a(x.min, x.max, x.step); }
template <class A> void fields(A& a, CompositeRule& x) { a(x.parts); }
template <class A> void fields(A& a, Rule& x) { a(x.spec, x.location); }
template <class A> void fields(A& a, RulePart& x) { a(x.name, x.rule); }
template <class A> void fields(A& a, RuleItem& x) { a(x.points, x.rule, x.basis, x.decision); }

template <class A> void fields(A& a, Item& x) { a(x.id, x.text, x.kind, x.location, x.position); }
template <class A> void fields(A& a, Indicator& x) {
  a(x.id, x.level, x.name, x.heading, x.name_en, x.description, x.points, x.weight, x.weight_location, x.floor,
    x.bonus, x.cap, x.children, x.items, x.retired_items, x.location);
}
template <class A> void fields(A& a, TailoringChange& x) {
  a(x.kind, x.item, x.indicator, x.text, x.from, x.to, x.reason);
}
template <class A> void fields(A& a, Tailoring& x) { a(x.base_id, x.base_version, x.changes); }
template <class A> void fields(A& a, AppliedWeightProfile& x) { a(x.name, x.name_en, x.file); }
template <class A> void fields(A& a, Scheme& x) {
  a(x.id, x.title, x.title_en, x.source, x.version, x.file, x.max_points, x.max_points_location, x.aggregation,
    x.total_cap, x.precision, x.grades, x.indicators, x.tailoring, x.form, x.weight_profile);
}

// The reminder: these are the sizes of the structs whose members are listed
// above, on the platform the project is built and tested on (x86-64,
// libstdc++). A size that changed means a member was added or removed.
#if defined(__x86_64__) && defined(__GLIBCXX__)
static_assert(sizeof(RatingLevel) == 168 && sizeof(GradeBand) == 216 && sizeof(Precision) == 8 &&
                  sizeof(PresentRule) == 64 && sizeof(PerCountRule) == 72 && sizeof(RatioThreshold) == 72 &&
                  sizeof(RatioThresholdsRule) == 64 && sizeof(CountTier) == 64 && sizeof(CountTiersRule) == 56 &&
                  sizeof(ProportionalRule) == 40 && sizeof(ChoiceOutcome) == 96 && sizeof(MissingCandidate) == 64 &&
                  sizeof(PerMissingRule) == 56 && sizeof(AddOnRule) == 32 && sizeof(ExternalRule) == 96 &&
                  sizeof(JudgementRule) == 96 && sizeof(Rule) == 144 && sizeof(RulePart) == 176 &&
                  sizeof(RuleItem) == 248 && sizeof(Item) == 368 && sizeof(Indicator) == 480 &&
                  sizeof(TailoringChange) == 200 && sizeof(Tailoring) == 88 && sizeof(AppliedWeightProfile) == 96 &&
                  sizeof(SourceLocation) == 40 && sizeof(Scheme) == 848,
              "a struct of the scheme changed: update the field lists in scheme_archive.cpp (and these sizes)");
#endif

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_variant : std::false_type {};
template <class... T> struct is_variant<std::variant<T...>> : std::true_type {};

// Numbers are variable-length (7 bits a byte), signed ones zigzag-encoded, so
// the small numbers a tree is made of take a byte or two.
std::uint64_t zigzag(std::int64_t value) {
  return (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
}
std::int64_t unzigzag(std::uint64_t value) {
  return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
}

// The two forms of a Rational: two machine words, or, for the numbers no
// real tree has, the digits of each part.
enum RationalForm : std::uint8_t { small_rational = 0, big_rational = 1 };

class Writer {
 public:
  template <class... T> void operator()(const T&... values) { (put(values), ...); }

  std::string bytes;

 private:
  void put_unsigned(std::uint64_t value) {
    while (value >= 0x80) {
      bytes.push_back(static_cast<char>((value & 0x7f) | 0x80));
      value >>= 7;
    }
    bytes.push_back(static_cast<char>(value));
  }

  void put_text(std::string_view text) {
    put_unsigned(text.size());
    bytes.append(text);
  }

  template <class T> void put(const T& value) {
    if constexpr (std::is_same_v<T, bool>) {
      bytes.push_back(value ? 1 : 0);
    } else if constexpr (std::is_enum_v<T>) {
      put_unsigned(zigzag(static_cast<std::int64_t>(value)));
    } else if constexpr (std::is_integral_v<T>) {
      put_unsigned(zigzag(static_cast<std::int64_t>(value)));
    } else if constexpr (std::is_same_v<T, std::string>) {
      put_text(value);
    } else if constexpr (std::is_same_v<T, Rational>) {
      const mpq_class& q = value.mpq();
      if (q.get_num().fits_slong_p() && q.get_den().fits_slong_p()) {
        bytes.push_back(small_rational);
        put_unsigned(zigzag(q.get_num().get_si()));
        put_unsigned(static_cast<std::uint64_t>(q.get_den().get_si()));
      } else {
        bytes.push_back(big_rational);
        put_text(q.get_num().get_str(16));
        put_text(q.get_den().get_str(16));
      }
    } else if constexpr (std::is_same_v<T, SourceLocation>) {
      // Every location of a tree names the same file or two: each name is
      // written once, then referred to by its number.
      std::size_t index = 0;
      while (index < files_.size() && files_[index] != value.file) ++index;
      put_unsigned(index);
      if (index == files_.size()) {
        files_.push_back(value.file);
        put_text(value.file);
      }
      put(value.line);
      put(value.column);
    } else if constexpr (is_optional<T>::value) {
      put(value.has_value());
      if (value) put(*value);
    } else if constexpr (is_vector<T>::value) {
      put_unsigned(value.size());
      for (const auto& element : value) put(element);
    } else if constexpr (is_variant<T>::value) {
      put_unsigned(value.index());
      std::visit([&](const auto& alternative) { put(alternative); }, value);
    } else {
      // fields() takes a mutable struct so that one list serves the Reader
      // too; the Writer only reads through it.
      fields(*this, const_cast<T&>(value));
    }
  }

  std::vector<std::string> files_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : in_(bytes) {}

  template <class... T> void operator()(T&... values) { (get(values), ...); }

  // Whether everything read was there and nothing is left over.
  bool complete() const { return ok_ && in_.empty(); }

 private:
  std::uint64_t get_unsigned() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (in_.empty()) break;
      auto byte = static_cast<unsigned char>(in_.front());
      in_.remove_prefix(1);
      value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if (byte < 0x80) return value;
    }
    ok_ = false;
    return 0;
  }

  std::string_view get_text() {
    std::uint64_t size = get_unsigned();
    if (size > in_.size()) {
      ok_ = false;
      return {};
    }
    std::string_view text = in_.substr(0, size);
    in_.remove_prefix(size);
    return text;
  }

  unsigned char get_byte() {
    if (in_.empty()) {
      ok_ = false;
      return 0;
    }
    auto byte = static_cast<unsigned char>(in_.front());
    in_.remove_prefix(1);
    return byte;
  }

  template <class V, std::size_t... I> void get_alternative(V& variant, std::uint64_t index, std::index_sequence<I...>) {
    bool found = ((index == I ? (get(variant.template emplace<I>()), true) : false) || ...);
    if (!found) ok_ = false;
  }

  template <class T> void get(T& value) {
    if (!ok_) return;
    if constexpr (std::is_same_v<T, bool>) {
      value = get_byte() != 0;
    } else if constexpr (std::is_enum_v<T> || std::is_integral_v<T>) {
      value = static_cast<T>(unzigzag(get_unsigned()));
    } else if constexpr (std::is_same_v<T, std::string>) {
      value = get_text();
    } else if constexpr (std::is_same_v<T, Rational>) {
      mpq_class q;
      if (get_byte() == small_rational) {
        long numerator = static_cast<long>(unzigzag(get_unsigned()));
        unsigned long denominator = static_cast<unsigned long>(get_unsigned());
        if (denominator == 0) ok_ = false;
        else mpq_set_si(q.get_mpq_t(), numerator, denominator);
      } else {
        std::string numerator(get_text()), denominator(get_text());
        if (!ok_ || q.get_num().set_str(numerator, 16) != 0 || q.get_den().set_str(denominator, 16) != 0 ||
            q.get_den() == 0) {
          ok_ = false;
          return;
        }
      }
      value = Rational(std::move(q));
    } else if constexpr (std::is_same_v<T, SourceLocation>) {
      std::uint64_t index = get_unsigned();
      if (index == files_.size()) files_.emplace_back(get_text());
      if (index >= files_.size()) {
        ok_ = false;
        return;
      }
      value.file = files_[index];
      get(value.line);
      get(value.column);
    } else if constexpr (is_optional<T>::value) {
      bool present = false;
      get(present);
      if (present) get(value.emplace());
      else value.reset();
    } else if constexpr (is_vector<T>::value) {
      std::uint64_t size = get_unsigned();
      // Each element takes at least a byte: a larger count is damage, not a reason to allocate.
      if (size > in_.size()) {
        ok_ = false;
        return;
      }
      value.clear();
      value.reserve(size);
      for (std::uint64_t i = 0; i < size && ok_; ++i) get(value.emplace_back());
    } else if constexpr (is_variant<T>::value) {
      get_alternative(value, get_unsigned(), std::make_index_sequence<std::variant_size_v<T>>{});
    } else {
      fields(*this, value);
    }
  }

  std::string_view in_;
  bool ok_ = true;
  std::vector<std::string> files_;
};

}  // namespace

std::string save_scheme(const Scheme& scheme) {
  Writer writer;
  writer(scheme);
  return std::move(writer.bytes);
}

std::optional<Scheme> restore_scheme(std::string_view bytes) {
  Scheme scheme;
  Reader reader(bytes);
  reader(scheme);
  if (!reader.complete()) return std::nullopt;
  scheme.build_index();
  return scheme;
}

}  // namespace cityseceval::detail
