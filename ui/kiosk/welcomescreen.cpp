// Welcome: a greeting and a start button in each language.
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

WelcomeScreen::WelcomeScreen(PatientFlow &flow, QWidget *parent) : Screen(flow, parent)
{
    // Whoever walks up has not chosen a language yet: each button greets in its own.
    const QList<QPair<QString, QString>> languages{{QStringLiteral("ja"), QStringLiteral("日本語")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : languages) {
        const auto text = [code = code](const char *source) {
            return Translations::translateIn(code, "WelcomeScreen", source);
        };
        auto *greeting = addText(text(QT_TR_NOOP("Welcome. Before your counselling, please answer a few questions "
                                                  "about your health. It takes about five minutes.")),
                                 "text");
        greeting->setObjectName(QStringLiteral("greeting_") + code);
        auto *button = new QPushButton(text(QT_TR_NOOP("Start in English")), this);
        button->setObjectName(QStringLiteral("start_") + code);
        for (QWidget *inLanguage : {static_cast<QWidget *>(greeting), static_cast<QWidget *>(button)}) {
            QFont font = inLanguage->font();
            font.setFamilies(KioskStyle::fontFamilies(code));
            KioskStyle::useOwnGlyphsOnly(font);
            inLanguage->setFont(font);
        }
        button->setMinimumHeight(88);
        connect(button, &QPushButton::clicked, this, [this, code = code] { m_flow.start(code); });
        column()->addWidget(button);
        column()->addSpacing(12);
    }
    column()->addStretch();
}
