// The privacy notice and explicit consent (APPI).
#include "screens.h"

#include "answerformat.h"
#include "dateinput.h"
#include "kioskstyle.h"
#include "patientflow.h"
#include "rulesettext.h"
#include "translations.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QLocale>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTranslator>
#include <QVBoxLayout>

PrivacyScreen::PrivacyScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    addHeading(tr("Your personal information"));
    auto *notice = addText(QString(), "privacyNotice");
    // Only the Japanese flow asks for the reading of a name; the notice
    // names what this patient's screens will really ask.
    const QString collected = flow.asksKana()
        ? tr("• What we collect: your name, its reading in kana, your date of birth and your answers.")
        : tr("• What we collect: your name, your date of birth and your answers.");
    notice->setText(tr("Your answers include information about your health. Under Japan's Act on the Protection of "
                       "Personal Information this is special-care-required personal information, and we collect "
                       "it only with your explicit consent.")
                    + QStringLiteral("\n\n") + collected + u'\n'
                    + tr("• Why: so that the doctor can prepare your counselling and check whether exosome therapy "
                         "suits you. The answers are advice for the doctor, not a decision.\n"
                         "• Who sees them: only the doctors and staff of this clinic. We give them to no one else "
                         "unless the law requires it.\n"
                         "• How long: for the period the clinic has set; then they are deleted.\n"
                         "• To see, correct or delete what we hold about you, ask at reception with your name and "
                         "date of birth: we give you a copy of everything (PDF and JSON), and a deletion is "
                         "confirmed by a second member of staff.")
                    + QStringLiteral("\n\n")
                    + tr("If you do not agree, you can still talk to the doctor: please ask at reception."));
    column()->addStretch();
}
