#pragma once

// Small pieces the staff pages share: headings, wrapped labels, secret
// fields, the outcome tints, a patient's age.

#include "outcome.h"
#include "staffaccounts.h"

#include <QColor>
#include <QDate>
#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace StaffLabels {

QLabel *heading(const QString &text, QWidget *parent);
QLabel *wrapped(const QString &text, QWidget *parent, const char *objectName = "text");
QLineEdit *secretEdit(const QString &objectName, QWidget *parent);
// Pale backgrounds for rows and banners, where black text must stay legible;
// they carry the same meaning as the words beside them, never alone.
QColor outcomeTint(Outcome outcome);
int ageOn(const QDate &birth, const QDate &day);
// Why a new PIN or password is refused, with the reason, in the staff's language.
QString secretProblemText(StaffAccounts::SecretProblem problem);

} // namespace StaffLabels
