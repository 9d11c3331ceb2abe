#include "stafflabels.h"

#include <QCoreApplication>
#include <QFont>
#include <QLabel>
#include <QLineEdit>

namespace StaffLabels {

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("heading"));
    QFont font = label->font();
    font.setPointSize(font.pointSize() * 6 / 5);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel *wrapped(const QString &text, QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLineEdit *secretEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

QColor outcomeTint(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Decline: return QColor(0xf4, 0xc7, 0xc3);
    case Outcome::Avoid: return QColor(0xfc, 0xe0, 0xb2);
    case Outcome::Review: return QColor(0xff, 0xf5, 0xc2);
    case Outcome::Clear: break;
    }
    return QColor(Qt::white);
}

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day < birth.addYears(age))
        --age;
    return age;
}

QString secretProblemText(StaffAccounts::SecretProblem problem)
{
    switch (problem) {
    case StaffAccounts::SecretProblem::None: return {};
    case StaffAccounts::SecretProblem::PasswordTooShort:
        return QCoreApplication::translate("StaffLabels", "An administrator's password needs at least %1 characters: "
                                                          "it opens every record and every account.")
            .arg(StaffAccounts::kMinimumPasswordLength);
    case StaffAccounts::SecretProblem::PinTooShort:
        return QCoreApplication::translate("StaffLabels", "A PIN needs at least %1 digits: a shorter one can be "
                                                          "guessed in minutes from a copy of the database.")
            .arg(StaffAccounts::kMinimumPinLength);
    }
    return {};
}

} // namespace StaffLabels
