#include "question.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<Question::Type, const char *>, 5> kTypeNames{{
    {Question::Type::Choice, "choice"},
    {Question::Type::MultiChoice, "multi-choice"},
    {Question::Type::Boolean, "boolean"},
    {Question::Type::Text, "text"},
    {Question::Type::Date, "date"},
}};
}

const Choice *Question::choice(const QString &choiceId) const
{
    for (const Choice &c : choices) {
        if (c.id == choiceId)
            return &c;
    }
    return nullptr;
}

bool Question::hasChoice(const QString &choiceId) const
{
    return choice(choiceId) != nullptr;
}

QStringList Question::choiceIds() const
{
    QStringList ids;
    for (const Choice &c : choices)
        ids << c.id;
    return ids;
}

QString questionTypeName(Question::Type type)
{
    for (const auto &[t, name] : kTypeNames) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return {};
}

bool questionTypeFromName(const QString &name, Question::Type *type)
{
    for (const auto &[t, n] : kTypeNames) {
        if (name == QLatin1String(n)) {
            *type = t;
            return true;
        }
    }
    return false;
}
