// Out of service, in all three languages.
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

OutOfServiceScreen::OutOfServiceScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    // No language has been chosen, so the notice stands in all three.
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QTranslator translator;
        const bool loaded = translator.load(Translations::qmPath(language));
        const auto text = [&](const char *source) {
            const QString translated = loaded ? translator.translate("OutOfServiceScreen", source) : QString();
            return translated.isEmpty() ? QString::fromUtf8(source) : translated;
        };
        QLabel *heading = addHeading(text(QT_TR_NOOP("This tablet is not available at the moment.")));
        heading->setObjectName(QStringLiteral("outOfService_") + language);
        addText(text(QT_TR_NOOP("Please see the reception staff. We are sorry for the inconvenience.")));
    }
    column()->addStretch();
}
