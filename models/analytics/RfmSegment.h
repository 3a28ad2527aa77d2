#pragma once

#include <QtGlobal>

#include <array>

namespace rapport::analytics {

// The named RFM segments, in the order dashboards list them (best first).
enum class RfmSegment {
    Champions,
    Loyal,
    PotentialLoyalists,
    New,
    Promising,
    NeedAttention,
    AtRisk,
    CantLoseThem,
    Hibernating,
    Lost,
};

inline constexpr int RfmSegmentCount = 10;

// A segment's stable key (JSON, CSV, saved settings: never translated) and
// its English label, marked for lupdate; the UI shows
// QCoreApplication::translate(RfmSegmentInfo::TranslationContext, label).
struct RfmSegmentInfo
{
    static constexpr const char *TranslationContext = "RfmSegment";
    RfmSegment segment;
    const char *key;
    const char *label;
};

inline constexpr std::array<RfmSegmentInfo, RfmSegmentCount> RfmSegments{{
    {RfmSegment::Champions, "champions", QT_TRANSLATE_NOOP("RfmSegment", "Champions")},
    {RfmSegment::Loyal, "loyal", QT_TRANSLATE_NOOP("RfmSegment", "Loyal")},
    {RfmSegment::PotentialLoyalists, "potential_loyalists", QT_TRANSLATE_NOOP("RfmSegment", "Potential loyalists")},
    {RfmSegment::New, "new", QT_TRANSLATE_NOOP("RfmSegment", "New")},
    {RfmSegment::Promising, "promising", QT_TRANSLATE_NOOP("RfmSegment", "Promising")},
    {RfmSegment::NeedAttention, "need_attention", QT_TRANSLATE_NOOP("RfmSegment", "Need attention")},
    {RfmSegment::AtRisk, "at_risk", QT_TRANSLATE_NOOP("RfmSegment", "At risk")},
    {RfmSegment::CantLoseThem, "cant_lose_them", QT_TRANSLATE_NOOP("RfmSegment", "Can't lose them")},
    {RfmSegment::Hibernating, "hibernating", QT_TRANSLATE_NOOP("RfmSegment", "Hibernating")},
    {RfmSegment::Lost, "lost", QT_TRANSLATE_NOOP("RfmSegment", "Lost")},
}};

inline constexpr const RfmSegmentInfo &rfmSegmentInfo(RfmSegment segment)
{
    return RfmSegments[size_t(segment)];
}

} // namespace rapport::analytics
