#include "elidedcelldelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

QStringList ElidedCellDelegate::lines(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList out;
    if (text.isEmpty() || width <= 0 || maxLines <= 0)
        return out;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (out.size() == maxLines - 1) {
            // The last line that fits takes the rest of the text, elided.
            out << QFontMetrics(font).elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
            break;
        }
        out << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return out;
}

QRect ElidedCellDelegate::textBox(const QStyleOptionViewItem &option)
{
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    return style->subElementRect(QStyle::SE_ItemViewItemText, &option, option.widget).adjusted(2, 2, -2, -2);
}

QStringList ElidedCellDelegate::drawnLines(QAbstractItemView *view, const QModelIndex &index)
{
    auto *delegate = qobject_cast<ElidedCellDelegate *>(view->itemDelegateForIndex(index));
    if (!delegate)
        return {};
    QStyleOptionViewItem option;
    option.initFrom(view->viewport());
    option.widget = view;
    option.font = view->font();
    option.rect = view->visualRect(index);
    option.features |= QStyleOptionViewItem::WrapText;
    delegate->initStyleOption(&option, index);
    const QRect box = textBox(option);
    return lines(option.text, option.font, box.width(), qMax(1, box.height() / QFontMetrics(option.font).lineSpacing()));
}

void ElidedCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect box = textBox(opt);
    const QFontMetrics metrics(opt.font);
    const QStringList drawn = lines(text, opt.font, box.width(), qMax(1, box.height() / metrics.lineSpacing()));
    const int top = box.top() + (box.height() - int(drawn.size()) * metrics.lineSpacing()) / 2;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    for (int i = 0; i < drawn.size(); ++i)
        painter->drawText(QRect(box.left(), top + i * metrics.lineSpacing(), box.width(), metrics.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter, drawn.at(i));
    painter->restore();
}
