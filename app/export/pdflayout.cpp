#include "pdflayout.h"

#include <QPageLayout>
#include <QPageSize>


QString PdfText::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Clear: return QCoreApplication::translate("PdfSummary", "clear");
    case Outcome::Review: return QCoreApplication::translate("PdfSummary", "review");
    case Outcome::Avoid: return QCoreApplication::translate("PdfSummary", "avoid");
    case Outcome::Decline: return QCoreApplication::translate("PdfSummary", "decline");
    }
    return {};
}

QString PdfText::decision(const std::optional<Review> &review)
{
    if (!review)
        return QCoreApplication::translate("PdfSummary", "not reviewed");
    switch (review->decision) {
    case Review::Decision::Proceed: return QCoreApplication::translate("PdfSummary", "proceed to counselling");
    case Review::Decision::DoNotTreat: return QCoreApplication::translate("PdfSummary", "do not treat");
    case Review::Decision::NeedsInformation: return QCoreApplication::translate("PdfSummary", "needs more information");
    }
    return {};
}

void PdfText::setUp(QPdfWriter &writer, const QString &title)
{
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("PreScreen"));
}

QFont PdfText::font(int points, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("IPAGothic"), QStringLiteral("Noto Sans CJK JP")});
    font.setPointSize(points);
    font.setBold(bold);
    return font;
}

void PdfLayout::footer()
{
    if (!m_painter || !m_writer)
        return;
    QFont font = m_painter->font();
    font.setPointSize(8);
    m_painter->setFont(font);
    m_painter->setPen(Qt::darkGray);
    // Here, not in the header, so that lupdate finds the words to translate.
    m_painter->drawText(QRect(0, m_height - footerHeight() / 2, m_width, footerHeight() / 2), Qt::AlignCenter,
                        QCoreApplication::translate("PdfSummary", "Page %1 of %2").arg(m_page).arg(m_total));
}
