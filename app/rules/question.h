#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Condition;

struct Choice
{
    QString id;
    QString text;
    // A choice that cannot be combined with others in a multi-choice ("none").
    bool exclusive = false;
};

struct Question
{
    enum class Type { Choice, MultiChoice, Boolean, Text, Date };

    QString id;
    Type type = Type::Text;
    QString text;
    QString help;
    QList<Choice> choices;
    bool required = true;
    // Shown always when null.
    std::shared_ptr<const Condition> shownWhen;
    SourceLocation where;

    bool hasChoice(const QString &choiceId) const;
    const Choice *choice(const QString &choiceId) const;
    QStringList choiceIds() const;
};

QString questionTypeName(Question::Type type);
bool questionTypeFromName(const QString &name, Question::Type *type);
