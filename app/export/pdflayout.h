#pragma once

#include "pdftext.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <optional>
#include <tuple>


// Lays out and draws the PDFs for paper, flowing text, wrapped rows, tables
// with row lines and bar charts over pages with "page N of M" at the foot;
// run once to count the pages, then again to draw.
class PdfLayout
{
public:
    // A cell's text with line breaks, tabs and other control characters as
    // spaces: a name that starts with a line break left its cell empty.
    static QString oneLine(const QString &text);
    PdfLayout(QPainter *painter, int width, int height) : m_painter(painter), m_width(width), m_height(height) {}

    int pages() const { return m_page; }
    void setTotal(int total) { m_total = total; }

    void begin(QPdfWriter *writer)
    {
        m_writer = writer;
        m_page = 1;
        m_y = 0;
    }

    // True when it began a new page.
    bool ensure(int height)
    {
        if (m_y + height <= m_height - footerHeight())
            return false;
        footer();
        if (m_writer && m_painter)
            m_writer->newPage();
        ++m_page;
        m_y = 0;
        return true;
    }

    // Text that wraps over as many lines as it needs (a long clinic name).
    void paragraph(const QString &text, const QFont &font, const QColor &colour = Qt::black);

    // Column widths balanced to their contents: each column gets what its
    // widest cell needs when everything fits; otherwise the narrow columns
    // keep their need and the wide ones share the rest equally.
    QList<int> balance(const QList<QStringList> &rows, const QFont &font) const;
    // A table's row in columns `widths` wide: cells wrap rather than lose
    // words, the row is as tall as its tallest cell and a line runs under it
    // (a heavier one under the header). After a page break the header set
    // with setTableHeader comes again first.
    void tableRow(const QStringList &cells, const QList<int> &widths, const QFont &font, const QColor &marker = QColor(),
                  bool header = false);
    void setTableHeader(const QStringList &cells, const QFont &font)
    {
        m_tableHeader = cells;
        m_tableHeaderFont = font;
    }

    // What the foot of every page says on its left (the summary's audit
    // line), in `font`; "page N of M" stays on the right.
    void setFoot(const QString &left, const QString &pageText, const QFont &font)
    {
        m_footLeft = left;
        m_pageText = pageText;
        m_footFont = font;
    }

    void text(const QString &text, const QFont &font, int indent = 0, const QColor &colour = Qt::black)
    {
        const QFontMetrics metrics(font, m_painter ? m_painter->device() : nullptr);
        ensure(metrics.height());
        if (m_painter && m_writer) {
            m_painter->setFont(font);
            m_painter->setPen(colour);
            draw(QRect(indent, m_y, m_width - indent, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                metrics.elidedText(text, Qt::ElideRight, m_width - indent));
        }
        m_y += metrics.height();
    }

    // Cells wrap rather than lose words: a row is as tall as its longest cell.
    void row(const QStringList &cells, const QList<int> &columns, const QFont &font, const QColor &marker = QColor())
    {
        const QFontMetrics metrics(font, m_painter ? m_painter->device() : nullptr);
        QList<QRect> boxes;
        int height = metrics.height();
        for (int i = 0; i < cells.size(); ++i) {
            const int left = columns.at(i);
            const int right = i + 1 < columns.size() ? columns.at(i + 1) : m_width;
            const QRect box(left, 0, right - left - 20, metrics.height());
            boxes << box;
            height = std::max(height, metrics.boundingRect(box, Qt::TextWordWrap, cells.at(i)).height());
        }
        ensure(height);
        if (m_painter && m_writer) {
            m_painter->setFont(font);
            m_painter->setPen(Qt::black);
            for (int i = 0; i < cells.size(); ++i)
                draw(boxes.at(i).translated(0, m_y).adjusted(0, 0, 0, height - metrics.height()),
                                    Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, cells.at(i));
            if (marker.isValid())
                m_painter->fillRect(QRect(-30, m_y + metrics.height() / 4, 18, metrics.height() / 2), marker);
        }
        m_y += height;
    }

    // A horizontal bar chart: label, bar, count.
    void bars(const QList<std::tuple<QString, int, QColor>> &values, const QFont &font)
    {
        int most = 1;
        for (const auto &[label, count, colour] : values)
            most = std::max(most, count);
        const QFontMetrics metrics(font, m_painter ? m_painter->device() : nullptr);
        const int labelWidth = m_width / 2;
        const int barSpace = m_width - labelWidth - metrics.horizontalAdvance(QStringLiteral("00000"));
        for (const auto &[label, count, colour] : values) {
            ensure(metrics.height() + 10);
            if (m_painter && m_writer) {
                m_painter->setFont(font);
                m_painter->setPen(Qt::black);
                draw(QRect(0, m_y, labelWidth - 20, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                    metrics.elidedText(label, Qt::ElideRight, labelWidth - 20));
                const int width = count * barSpace / most;
                m_painter->fillRect(QRect(labelWidth, m_y + 6, std::max(width, 2), metrics.height() - 12), colour);
                draw(QRect(labelWidth + width + 15, m_y, 400, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                                    QString::number(count));
            }
            m_y += metrics.height() + 10;
        }
    }

    void space(int height) { m_y += height; }
    // Where the next line goes on the page, to set a box beside lines.
    int y() const { return m_y; }
    void skipTo(int y) { m_y = std::max(m_y, y); }

    // An empty framed box with its label in the corner, at the right edge:
    // where the doctor signs or presses a seal.
    // With `beside`, the box sits at the right of the lines that follow and
    // the next line starts at its top (skipTo past it when they are done).
    void box(const QString &label, int width, int height, const QFont &font, bool beside = false)
    {
        ensure(height);
        if (m_painter && m_writer) {
            const QRect frame(m_width - width, m_y, width, height);
            m_painter->setPen(QPen(Qt::black, 4));
            m_painter->drawRect(frame);
            m_painter->setFont(font);
            draw(frame.adjusted(20, 10, -20, -10), Qt::AlignLeft | Qt::AlignTop, label);
        }
        if (!beside)
            m_y += height;
    }

    // "Page N of M" at the foot of the page being drawn, in the reader's language.
    void footer();

    // Every text drawn so far (for PdfText::mendToUnicode).
    const QString &drawn() const { return m_drawn; }

private:
    void draw(const QRect &box, int flags, const QString &text)
    {
        m_painter->drawText(box, flags, text);
        m_drawn += text;
    }

    int footerHeight() const { return m_height / 20; }
    static int padding() { return 14; }

    QPainter *m_painter;
    QPdfWriter *m_writer = nullptr;
    int m_width;
    int m_height;
    int m_page = 1;
    int m_total = 1;
    int m_y = 0;
    QStringList m_tableHeader;
    QFont m_tableHeaderFont;
    QString m_footLeft;
    QString m_pageText;
    std::optional<QFont> m_footFont;
    QString m_drawn;
};

