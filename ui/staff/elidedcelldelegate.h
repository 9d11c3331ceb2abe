#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;
class QFont;

// Draws a cell's text in as many lines as the row holds, the last of them
// ending in "…" when the text goes on: QTableView wraps words but then cuts
// what does not fit without a mark (its own elide works on one line only),
// so a list of three flags lost its last words with nothing to say so. The
// whole text is the cell's tooltip.
class ElidedCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The lines drawn for `text` in a box `width` wide that holds `maxLines`
    // lines, broken between words (inside a word only when one alone is wider).
    static QStringList lines(const QString &text, const QFont &font, int width, int maxLines);

    // The lines painted for `index` in `view` as it is now.
    static QStringList drawnLines(QAbstractItemView *view, const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Where the text goes in a cell drawn with `option`.
    static QRect textBox(const QStyleOptionViewItem &option);
};
