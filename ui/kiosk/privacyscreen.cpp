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
    notice->setText(tr("Your answers include information about your health. Under Japan's Act on the Protection of "
                       "Personal Information this is special-care-required personal information, and we collect "
                       "it only with your explicit consent.\n\n"
                       "• What we collect: your name, its reading, your date of birth and your answers.\n"
                       "• Why: so that the doctor can prepare your counselling and check whether exosome therapy "
                       "suits you. The answers are advice for the doctor, not a decision.\n"
                       "• Who sees them: only the doctors and staff of this clinic. We give them to no one else "
                       "unless the law requires it.\n"
                       "• How long: for the period the clinic has set; then they are deleted.\n"
                       "• You may ask at reception to see, correct or delete them.\n\n"
                       "If you do not agree, you can still talk to the doctor: please ask at reception."));
    column()->addStretch();
}
