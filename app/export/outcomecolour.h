#pragma once

#include "outcome.h"

#include <QColor>

// One colour per result for charts, on paper and on screen; always shown
// beside the result's name, never instead of it.
inline QColor outcomeColour(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Decline: return QColor(0xb0, 0x30, 0x30);
    case Outcome::Avoid: return QColor(0xd9, 0x82, 0x1e);
    case Outcome::Review: return QColor(0xd4, 0xb1, 0x06);
    case Outcome::Clear: break;
    }
    return QColor(0x4a, 0x7a, 0x4a);
}
