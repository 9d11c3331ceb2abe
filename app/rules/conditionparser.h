#pragma once

#include "conditionnode.h"

#include <QHash>

// Reads a condition's text into its tree, checking every question id and
// type against `questions`. Problems are appended to `errors`; returns null
// when there was any.
std::unique_ptr<Node> parseConditionText(const QString &text, const SourceLocation &start,
                                         const QHash<QString, const Question *> &questions,
                                         Diagnostics *errors, QStringList *questionIds);
