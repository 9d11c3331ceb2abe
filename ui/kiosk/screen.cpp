// The frame every patient screen shares: a heading and a column of content.
#include "screens.h"

#include "answerformat.h"
#include "dateinput.h"
#include "kioskstyle.h"
#include "patientflow.h"
#include "rulesettext.h"
#include "translations.h"
#include "wrappedlabel.h"

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

Screen::Screen(PatientFlow &flow, QWidget *parent) : QWidget(parent), m_flow(flow)
{
    m_column = new QVBoxLayout(this);
    m_column->setContentsMargins(48, 24, 48, 12);
    m_column->setSpacing(18);
}

QLabel *Screen::addHeading(const QString &text)
{
    QLabel *label = addText(text, "heading");
    QFont font = label->font();
    font.setPointSize(font.pointSize() * 13 / 10);
    label->setFont(font);
    return label;
}

QLabel *Screen::addText(const QString &text, const char *objectName)
{
    auto *label = new WrappedLabel(text, this);
    label->setObjectName(QString::fromLatin1(objectName));
    m_column->addWidget(label);
    return label;
}
