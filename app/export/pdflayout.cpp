#include "pdflayout.h"

void PdfLayout::paragraph(const QString &text, const QFont &font, const QColor &colour)
{
    const QFontMetrics metrics(font, m_painter ? m_painter->device() : nullptr);
    const QRect box = metrics.boundingRect(QRect(0, 0, m_width, 100000), Qt::TextWordWrap, text);
    ensure(box.height());
    if (m_painter && m_writer) {
        m_painter->setFont(font);
        m_painter->setPen(colour);
        draw(QRect(0, m_y, m_width, box.height()), Qt::AlignLeft | Qt::TextWordWrap, text);
    }
    m_y += box.height();
}

QString PdfLayout::oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return line;
}

QList<int> PdfLayout::balance(const QList<QStringList> &rows, const QFont &font) const
{
    const QFontMetrics metrics(font, m_painter ? m_painter->device() : nullptr);
    const int columns = int(rows.first().size());
    QList<int> need(columns, 0);
    for (const QStringList &row : rows)
        for (int c = 0; c < columns; ++c)
            // A little slack: drawn in exactly its measured width, "not
            // reviewed" broke onto two lines.
            need[c] = std::max(need.at(c), metrics.horizontalAdvance(row.at(c)) + 2 * padding() + 4);
    QList<int> width(columns, 0);
    int left = m_width;
    QList<int> open;
    for (int c = 0; c < columns; ++c)
        open << c;
    // Water-filling: settle the columns that need less than a fair share;
    // the rest share what is left alike.
    while (!open.isEmpty()) {
        const int share = left / int(open.size());
        QList<int> wide;
        for (int c : open) {
            if (need.at(c) <= share) {
                width[c] = need.at(c);
                left -= need.at(c);
            } else {
                wide << c;
            }
        }
        if (wide.size() == open.size()) {
            for (int c : wide)
                width[c] = left / int(wide.size());
            break;
        }
        open = wide;
    }
    // Room to spare goes to every column alike.
    int used = 0;
    for (int w : width)
        used += w;
    for (int c = 0; c < columns; ++c)
        width[c] += (m_width - used) / columns;
    return width;
}

void PdfLayout::tableRow(const QStringList &cells, const QList<int> &widths, const QFont &font, const QColor &marker,
                         bool header)
{
    const QFontMetrics metrics(font, m_painter ? m_painter->device() : nullptr);
    int height = metrics.height();
    for (int i = 0; i < cells.size(); ++i)
        height = std::max(height, metrics.boundingRect(QRect(0, 0, widths.at(i) - 2 * padding(), 100000),
                                                       Qt::TextWordWrap, cells.at(i)).height());
    height += 2 * padding();
    if (ensure(height) && !header && !m_tableHeader.isEmpty())
        tableRow(m_tableHeader, widths, m_tableHeaderFont, QColor(), true);
    if (m_painter && m_writer) {
        m_painter->setFont(font);
        m_painter->setPen(Qt::black);
        int x = 0;
        for (int i = 0; i < cells.size(); ++i) {
            draw(QRect(x + padding(), m_y + padding(), widths.at(i) - 2 * padding(), height),
                                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cells.at(i));
            x += widths.at(i);
        }
        if (marker.isValid())
            m_painter->fillRect(QRect(-30, m_y + padding() + metrics.height() / 4, 18, metrics.height() / 2), marker);
        m_painter->setPen(QPen(header ? Qt::black : Qt::gray, header ? 4 : 2));
        m_painter->drawLine(0, m_y + height, m_width, m_y + height);
    }
    m_y += height;
}

void PdfLayout::footer()
{
    if (!m_painter || !m_writer)
        return;
    QFont font = m_footFont.value_or(m_painter->font());
    if (!m_footFont)
        font.setPointSize(8);
    m_painter->setFont(font);
    m_painter->setPen(Qt::black);
    const QRect foot(0, m_height - footerHeight() / 2, m_width, footerHeight() / 2);
    const QString pageText = m_pageText.isEmpty() ? QCoreApplication::translate("PdfSummary", "Page %1 of %2") : m_pageText;
    if (m_footLeft.isEmpty()) {
        draw(foot, Qt::AlignCenter, pageText.arg(m_page).arg(m_total));
        return;
    }
    draw(foot, Qt::AlignLeft | Qt::AlignVCenter, m_footLeft);
    draw(foot, Qt::AlignRight | Qt::AlignVCenter, pageText.arg(m_page).arg(m_total));
}
