#include "outcome.h"

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Clear: return QStringLiteral("clear");
    case Outcome::Review: return QStringLiteral("review");
    case Outcome::Avoid: return QStringLiteral("avoid");
    case Outcome::Decline: return QStringLiteral("decline");
    }
    return {};
}

std::optional<Outcome> outcomeFromName(const QString &name)
{
    for (Outcome o : {Outcome::Clear, Outcome::Review, Outcome::Avoid, Outcome::Decline}) {
        if (outcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}
