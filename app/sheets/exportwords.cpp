#include "exportwords.h"

#include "translations.h"

ExportWords::ExportWords(const RuleSet &ruleSet, const QString &language, bool codes)
    : m_ruleSet(ruleSet), m_language(language), m_codes(codes), m_translator(std::make_unique<QTranslator>())
{
    // English sources stand when a language has no file (the benchmark).
    if (!m_translator->load(Translations::qmPath(language)))
        m_translator.reset();
}

QString ExportWords::text(const char *context, const char *source, int n, const char *comment) const
{
    // Keyed on the literals' addresses: every caller passes its own.
    const QPair<const void *, const void *> key{context, source};
    if (n < 0) {
        const auto known = m_texts.constFind(key);
        if (known != m_texts.cend())
            return *known;
    }
    QString translated = m_translator ? m_translator->translate(context, source, comment, n) : QString();
    if (translated.isEmpty())
        translated = QString::fromUtf8(source);
    if (n >= 0)
        translated.replace(QStringLiteral("%n"), QString::number(n));
    else
        m_texts.insert(key, translated);
    return translated;
}

QString ExportWords::label(const char *source) const
{
    if (m_codes)
        return QString::fromLatin1(source).toLower().replace(u' ', u'_');
    return text("ExportWords", source);
}

QString ExportWords::ruleText(const QString &source) const
{
    if (source.isEmpty() || !m_translator)
        return source;
    const auto known = m_ruleTexts.constFind(source);
    if (known != m_ruleTexts.cend())
        return *known;
    const QString translated = m_translator->translate(m_ruleSet.id.toUtf8().constData(), source.toUtf8().constData());
    return *m_ruleTexts.insert(source, translated.isEmpty() ? source : translated);
}

QString ExportWords::outcome(Outcome outcome) const
{
    if (m_codes)
        return outcomeName(outcome);
    // The words the doctor's screens use (AnswerFormat), so paper and screen agree.
    switch (outcome) {
    case Outcome::Clear: return text("AnswerFormat", QT_TRANSLATE_NOOP("AnswerFormat", "No flags"));
    case Outcome::Review: return text("AnswerFormat", QT_TRANSLATE_NOOP("AnswerFormat", "Review"));
    case Outcome::Avoid: return text("AnswerFormat", QT_TRANSLATE_NOOP("AnswerFormat", "Avoid (doctor may overrule)"));
    case Outcome::Decline: return text("AnswerFormat", QT_TRANSLATE_NOOP("AnswerFormat", "Decline (clinic policy)"));
    }
    return {};
}

QString ExportWords::decision(const std::optional<Review> &review) const
{
    if (!review)
        return {};
    if (m_codes)
        return Review::decisionName(review->decision);
    switch (review->decision) {
    case Review::Decision::Proceed:
        return text("AnswerFormat", QT_TRANSLATE_NOOP("AnswerFormat", "Proceed to counselling"));
    case Review::Decision::DoNotTreat: return text("AnswerFormat", QT_TRANSLATE_NOOP("AnswerFormat", "Do not treat"));
    case Review::Decision::NeedsInformation:
        return text("AnswerFormat", QT_TRANSLATE_NOOP("AnswerFormat", "Needs more information"));
    }
    return {};
}

QString ExportWords::ruleTitle(const Flag &flag) const
{
    // A flag stored before rules had titles is known by its id.
    if (m_codes || flag.title.isEmpty())
        return flag.rule;
    return ruleText(flag.title);
}

QString ExportWords::ruleTitles(const QList<Flag> &flags) const
{
    QStringList titles;
    for (const Flag &f : flags)
        titles << ruleTitle(f);
    return titles.join(m_codes ? QStringLiteral("; ")
                               : text("RuleSetText", ", ", -1, "between the titles of fired rules in a list"));
}

QString ExportWords::yesNo(bool yes) const
{
    if (m_codes)
        return yes ? QStringLiteral("yes") : QStringLiteral("no");
    return yes ? text("QuestionScreen", QT_TRANSLATE_NOOP("QuestionScreen", "Yes"))
               : text("QuestionScreen", QT_TRANSLATE_NOOP("QuestionScreen", "No"));
}

QString ExportWords::answer(const QString &questionId, const QVariant &value) const
{
    const Question *q = m_ruleSet.question(questionId);
    return q ? answer(*q, value) : answer(Question{questionId, Question::Type::Text, {}, {}, {}, false, {}, {}}, value);
}

QString ExportWords::answer(const Question &question, const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return {};
    const Question *q = &question;
    const auto choice = [&](const QString &id) {
        const Choice *c = q ? q->choice(id) : nullptr;
        return c && !m_codes ? ruleText(c->text) : id;
    };
    switch (value.typeId()) {
    case QMetaType::Bool: return yesNo(value.toBool());
    case QMetaType::QStringList: {
        QStringList texts;
        for (const QString &id : value.toStringList())
            texts << choice(id);
        return texts.join(QStringLiteral("; "));
    }
    case QMetaType::QDate: return value.toDate().toString(Qt::ISODate);
    default: break;
    }
    if (q->type == Question::Type::Choice)
        return choice(value.toString());
    return value.toString();
}

QString ExportWords::question(const QString &questionId) const
{
    const Question *q = m_ruleSet.question(questionId);
    return m_codes || !q ? questionId : ruleText(q->text);
}

QString ExportWords::patientLanguage(const QString &code) const
{
    if (m_codes)
        return code;
    if (code == QLatin1String("ja"))
        return text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "Japanese"));
    if (code == QLatin1String("en"))
        return text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "English"));
    if (code == QLatin1String("zh_CN"))
        return text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "Simplified Chinese"));
    return code;
}

QString ExportWords::consent(bool given) const
{
    if (m_codes)
        return given ? QStringLiteral("yes") : QStringLiteral("not recorded");
    return given ? text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "given"))
                 : text("ExportWords", QT_TRANSLATE_NOOP("ExportWords", "not recorded"));
}
