#pragma once

#include "ruleset.h"

#include <QString>

// The texts of a rule set (questions, choices, help, reasons, sections) are
// translated like the rest of the UI, with the rule set's id as the Qt
// Linguist context. `strings()` lists them for lupdate.
namespace RuleSetText {

QString translate(const RuleSet &ruleSet, const QString &source);

// Every text of the rule set, in file order, without repeats.
QStringList strings(const RuleSet &ruleSet);

// A C++ file of QT_TRANSLATE_NOOP entries that lupdate reads, since it
// cannot read rule set files.
QString lupdateSource(const RuleSet &ruleSet);

} // namespace RuleSetText
