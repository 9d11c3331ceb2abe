#include "answerformat.h"

#include "japanesecalendar.h"
#include "ruleset.h"
#include "rulesettext.h"

#include <QCoreApplication>
#include <QLocale>

namespace AnswerFormat {

QString longDate(const QDate &date)
{
    QString text = QLocale().toString(date, QCoreApplication::translate("ReviewScreen", "d MMMM yyyy",
                                                                       "a date as QLocale formats it: yyyy年M月d日"));
    // Japanese readers check a birthday most easily in its era year.
    if (QLocale().language() == QLocale::Japanese) {
        const JapaneseCalendar::EraYear era = JapaneseCalendar::fromDate(date);
        if (const JapaneseCalendar::Era *e = JapaneseCalendar::era(era.eraId))
            text += QStringLiteral("（%1%2年）").arg(e->name, era.year == 1 ? QStringLiteral("元") : QString::number(era.year));
    }
    return text;
}

QString answer(const RuleSet &ruleSet, const QString &questionId, const QVariant &value)
{
    if (value.isNull())
        return QCoreApplication::translate("ReviewScreen", "(no answer)");
    const Question *q = ruleSet.question(questionId);
    if (!q) // answered under an older rule set
        return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(", ")) : value.toString();
    const auto choiceText = [&](const QString &id) {
        const Choice *c = q->choice(id);
        return c ? RuleSetText::translate(ruleSet, c->text) : id;
    };
    switch (q->type) {
    case Question::Type::Boolean:
        return value.toBool() ? QCoreApplication::translate("QuestionScreen", "Yes")
                              : QCoreApplication::translate("QuestionScreen", "No");
    case Question::Type::Choice:
        return choiceText(value.toString());
    case Question::Type::MultiChoice: {
        QStringList texts;
        for (const QString &id : value.toStringList())
            texts << choiceText(id);
        return texts.join(QCoreApplication::translate("ReviewScreen", ", ", "between answers in a list"));
    }
    case Question::Type::Date: {
        const QDate date = value.typeId() == QMetaType::QDate ? value.toDate()
                                                              : QDate::fromString(value.toString(), Qt::ISODate);
        return longDate(date);
    }
    case Question::Type::Text:
        break;
    }
    return value.toString();
}

QString outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Clear: return QCoreApplication::translate("AnswerFormat", "No flags");
    case Outcome::Review: return QCoreApplication::translate("AnswerFormat", "Review");
    case Outcome::Avoid: return QCoreApplication::translate("AnswerFormat", "Avoid (doctor may overrule)");
    case Outcome::Decline: return QCoreApplication::translate("AnswerFormat", "Decline (clinic policy)");
    }
    return {};
}

QString decision(Review::Decision decision)
{
    switch (decision) {
    case Review::Decision::Proceed: return QCoreApplication::translate("AnswerFormat", "Proceed to counselling");
    case Review::Decision::DoNotTreat: return QCoreApplication::translate("AnswerFormat", "Do not treat");
    case Review::Decision::NeedsInformation: return QCoreApplication::translate("AnswerFormat", "Needs more information");
    }
    return {};
}

QString section(const RuleSet &ruleSet, const QString &section)
{
    return RuleSetText::section(ruleSet, section);
}

} // namespace AnswerFormat
