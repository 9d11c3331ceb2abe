// Thanks, with no verdict, and back to the welcome screen.
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

ThanksScreen::ThanksScreen(PatientFlow &flow, int seconds, QWidget *parent)
    : Screen(flow, parent), m_timer(new QTimer(this)), m_secondsLeft(seconds)
{
    addHeading(tr("Thank you"));
    addText(tr("Your answers have been sent. The doctor will go through them with you at your counselling."));
    addText(tr("Please return the tablet to reception."));
    m_countdown = addText(QString(), "help");
    auto *done = new QPushButton(tr("Finish"), this);
    done->setObjectName(QStringLiteral("finishButton"));
    column()->addWidget(done);
    column()->addStretch();
    const auto show = [this] {
        m_countdown->setText(tr("This screen returns to the start in %n seconds.", nullptr, m_secondsLeft));
    };
    show();
    connect(done, &QPushButton::clicked, this, [this] { m_flow.reset(); });
    connect(m_timer, &QTimer::timeout, this, [this, show] {
        if (--m_secondsLeft <= 0)
            m_flow.reset();
        else
            show();
    });
    m_timer->start(1000);
}
