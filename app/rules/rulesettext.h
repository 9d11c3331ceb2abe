#pragma once

#include "evaluation.h"
#include "ruleset.h"

#include <QString>

// The texts of a rule set (questions, choices, help, reasons, sections) are
// translated like the rest of the UI, with the rule set's id as the Qt
// Linguist context. `strings()` lists them for lupdate.
namespace RuleSetText {

QString translate(const RuleSet &ruleSet, const QString &source);

// A fired rule in a few words, in the UI's language: its title as stored
// with the flag, or its id for flags stored before rules had titles.
QString flagTitle(const RuleSet *ruleSet, const Flag &flag);
// Every flag's title, in the order given, as one line.
QString flagTitles(const RuleSet *ruleSet, const QList<Flag> &flags);
// An article's "Section › Subsection" with each heading translated.
QString section(const RuleSet &ruleSet, const QString &section);

// Every text of the rule set, in file order, without repeats.
QStringList strings(const RuleSet &ruleSet);

// A C++ file of QT_TRANSLATE_NOOP entries that lupdate reads, since it
// cannot read rule set files.
QString lupdateSource(const RuleSet &ruleSet);

} // namespace RuleSetText
