#pragma once

#include "evaluation.h"
#include "reviewstore.h"
#include "ruleset.h"

#include <QHash>
#include <QPair>
#include <QTranslator>
#include <QVariant>

#include <memory>
#include <optional>

// What reception's files call things, in one language whatever the screen
// shows: headings, results, decisions, answers and the rules' titles in
// words; or, with `codes`, the ids and codes that scripts read. Its own
// translator, so the reception page can write a Chinese file while it
// speaks Japanese.
class ExportWords
{
public:
    ExportWords(const RuleSet &ruleSet, const QString &language, bool codes = false);

    const RuleSet &ruleSet() const { return m_ruleSet; }
    QString language() const { return m_language; }
    bool codes() const { return m_codes; }

    // A fixed text, marked with QT_TRANSLATE_NOOP where it is written.
    QString text(const char *context, const char *source, int n = -1, const char *comment = nullptr) const;
    // A heading or sheet name of the workbook (context ExportWords): in
    // words, translated; with codes, the English source in snake case, as
    // the codes' column names are.
    QString label(const char *source) const;

    QString outcome(Outcome outcome) const;
    // Empty when the doctor has not decided (a blank cell).
    QString decision(const std::optional<Review> &review) const;
    QString ruleTitle(const Flag &flag) const;
    QString ruleTitles(const QList<Flag> &flags) const;
    QString answer(const QString &questionId, const QVariant &value) const;
    QString answer(const Question &question, const QVariant &value) const;
    QString question(const QString &questionId) const;
    QString patientLanguage(const QString &code) const;
    QString consent(bool given) const;
    QString yesNo(bool yes) const;

private:
    QString ruleText(const QString &source) const;

    const RuleSet &m_ruleSet;
    QString m_language;
    bool m_codes;
    std::unique_ptr<QTranslator> m_translator;
    // A year's export asks for the same few words 50,000 times each; the
    // translator's lookup (and, for rule texts, two UTF-8 conversions) was a
    // tenth of the CSV's time.
    mutable QHash<QPair<const void *, const void *>, QString> m_texts;
    mutable QHash<QString, QString> m_ruleTexts;
};
