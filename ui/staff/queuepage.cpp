// The doctor's list of a day, or of a search.
#include "queuepage.h"

#include "answerformat.h"
#include "changewatch.h"
#include "clipboardguard.h"
#include "clock.h"
#include "doctorqueue.h"
#include "elidedcelldelegate.h"
#include "outbox.h"
#include "queuemodel.h"
#include "ruleset.h"
#include "rulesettext.h"
#include "settings.h"
#include "stafflabels.h"
#include "staffwindow.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace StaffLabels;

QueuePage::QueuePage(StaffServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(new QueueModel(services.ruleSet, this)),
      m_changes(new ChangeWatch(services.queue.database(), this)), m_day(today())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);

    auto *days = new QHBoxLayout;
    m_title = heading(QString(), this);
    m_title->setObjectName(QStringLiteral("queueTitle"));
    days->addWidget(m_title, 1);
    const auto dayButton = [&](const QString &text, const char *name, auto onClick) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        button->setProperty("role", QStringLiteral("secondary"));
        connect(button, &QPushButton::clicked, this, onClick);
        days->addWidget(button);
    };
    dayButton(tr("◀ Previous day"), "previousDay", [this] { showDay(m_day.addDays(-1)); });
    dayButton(tr("Today"), "todayButton", [this] { showDay(today()); });
    dayButton(tr("Next day ▶"), "nextDay", [this] { showDay(m_day.addDays(1)); });
    m_dateEdit = new QDateEdit(m_day, this);
    m_dateEdit->setObjectName(QStringLiteral("dayChoice"));
    m_dateEdit->setCalendarPopup(true);
    // The language staff screens are in now: a widget keeps the locale its
    // window had when made, and the window was made before the language.
    m_dateEdit->setLocale(QLocale());
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_dateEdit, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (d != m_day || !m_search.isEmpty())
            showDay(d);
    });
    days->addWidget(m_dateEdit);
    layout->addLayout(days);

    auto *find = new QHBoxLayout;
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("patientSearch"));
    m_searchEdit->setPlaceholderText(tr("Search all days: name, kana or birth date (1985-04-12)"));
    m_searchEdit->setClearButtonEnabled(true);
    ClipboardGuard::protectPatientField(m_searchEdit);
    find->addWidget(m_searchEdit, 1);
    auto *searchButton = new QPushButton(tr("Search"), this);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    find->addWidget(searchButton);
    connect(searchButton, &QPushButton::clicked, this, [this] { search(m_searchEdit->text()); });
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { search(m_searchEdit->text()); });
    layout->addLayout(find);

    m_summary = wrapped(QString(), this, "help");
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_model);
    ClipboardGuard::refuseCopy(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(true);
    // Names and flags may need more than two lines: they end in "…".
    auto *elided = new ElidedCellDelegate(m_table);
    m_table->setItemDelegateForColumn(QueueModel::Name, elided);
    m_table->setItemDelegateForColumn(QueueModel::Flagged, elided);
    m_table->verticalHeader()->hide();
    // Every row two lines high, whatever it holds: no row is measured, and a
    // name or a list of flags too long for two lines ends in "…" with the
    // whole text in its tooltip and on the submission's page.
    const int lineHeight = m_table->fontMetrics().lineSpacing();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(2 * lineHeight + 16);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->viewport()->installEventFilter(this);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        emit opened(index.data(QueueModel::UuidRole).toString());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit opened(index.data(QueueModel::UuidRole).toString());
    });
    // New submissions from any kiosk, and reviews from any PC, appear
    // within two seconds without a manual refresh.
    connect(m_changes, &ChangeWatch::changed, this, &QueuePage::refresh);
    refresh();
}

QDate QueuePage::today() const
{
    return m_services.clock.now().toTimeZone(Settings::clinicTimeZone()).date();
}

void QueuePage::showDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_day = day;
    m_search.clear();
    m_searchEdit->clear();
    {
        const QSignalBlocker quiet(m_dateEdit);
        m_dateEdit->setDate(day);
    }
    refresh();
    m_table->scrollToTop();
}

void QueuePage::search(const QString &text)
{
    m_search = text.trimmed();
    if (m_search.isEmpty()) {
        showDay(m_day);
        return;
    }
    refresh();
    m_table->scrollToTop();
}

void QueuePage::refresh()
{
    QString error;
    // Where the doctor was: the row they had chosen, by its place in the
    // list. A reviewed row moves below the pending ones; the choice stays
    // where it was, on the patient who is next.
    const QModelIndex chosen = m_table->currentIndex();
    const QString chosenUuid = chosen.data(QueueModel::UuidRole).toString();
    const QList<QueueEntry> entries = m_search.isEmpty()
        ? m_services.queue.load(m_day, Settings::clinicTimeZone(), &error)
        : m_services.queue.search(m_search, &error);
    m_model->setEntries(entries, !m_search.isEmpty());
    if (chosen.isValid() && m_model->rowCount() > 0 && m_model->rowOf(chosenUuid) != chosen.row()) {
        const int row = qMin(chosen.row(), m_model->rowCount() - 1);
        m_table->setCurrentIndex(m_model->index(row, QueueModel::Name));
    }
    int pending = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QueueEntry &e = m_model->entry(row);
        if (QueueModel::isPending(e) && e.stored.evaluation.outcome != Outcome::Clear)
            ++pending;
    }
    updateTitle(m_model->rowCount(), pending, error);
    fitColumns();
}

void QueuePage::updateTitle(int count, int pending, const QString &error)
{
    const bool isToday = m_day == today();
    if (!m_search.isEmpty())
        m_title->setText(tr("Search: %1").arg(m_search));
    else if (isToday)
        m_title->setText(tr("Today's submissions") + QStringLiteral(" · ") + AnswerFormat::longDate(m_day));
    else
        m_title->setText(AnswerFormat::longDate(m_day));
    QString summary;
    if (!error.isEmpty())
        summary = tr("The database cannot be reached: %1").arg(error);
    else if (!m_search.isEmpty())
        summary = count >= DoctorQueue::searchLimit
            ? tr("The latest %n submission(s) that match; type more of the name, or the birth date, to narrow it.",
                 nullptr, count)
            : tr("%n submission(s) match, newest first within each group.", nullptr, count);
    else if (isToday)
        summary = tr("%n submission(s) today, %1 flagged and not yet reviewed.", nullptr, count).arg(pending);
    else
        summary = tr("%n submission(s) on this day, %1 flagged and not yet reviewed.", nullptr, count).arg(pending);
    if (const qint64 waiting = m_services.outbox ? m_services.outbox->pendingCount() : 0)
        summary += u'\n' + tr("%n submission(s) on this tablet are waiting for the server.", nullptr, int(waiting));
    m_summary->setText(summary);
}

bool QueuePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

// The widths come from the words columns can hold, never from the rows: a
// 60-character name or a day of 2,000 rows costs nothing here. Time, birth
// date, result and decision get what their words need; the flags get at
// least their longest word, so that no word breaks; the name gets two
// fifths of what is left, within a comfortable width; the flags the rest.
void QueuePage::fitColumns()
{
    const QFontMetrics metrics(m_table->font());
    const QFontMetrics headerMetrics(m_table->horizontalHeader()->font());
    // A Latin letter's width: CJK fonts' average is a full-width character.
    const int em = metrics.horizontalAdvance(QLatin1Char('n'));
    const int pad = em + 12;
    // Japanese and Chinese break lines between any two characters: a run of
    // them counts as words of a few characters, not as one long word.
    const auto wordWidth = [&](const QString &word) {
        const bool cjk = std::any_of(word.begin(), word.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
        return metrics.horizontalAdvance(cjk ? word.left(6) : word);
    };
    const auto fit = [&](const QStringList &texts, int section) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(section, Qt::Horizontal).toString()) + pad;
        for (const QString &t : texts)
            width = qMax(width, wordWidth(t) + pad);
        return width;
    };
    // Two lines of a row hold a long result or decision: the widest word, or half the text.
    const auto twoLines = [&](const QStringList &texts, int section) {
        int width = headerMetrics.horizontalAdvance(m_model->headerData(section, Qt::Horizontal).toString()) + pad;
        for (const QString &t : texts) {
            width = qMax(width, metrics.horizontalAdvance(t) / 2 + pad);
            for (const QString &word : t.split(u' '))
                width = qMax(width, wordWidth(word) + pad);
        }
        return width;
    };
    const int time = fit({m_search.isEmpty() ? QStringLiteral("88:88") : QStringLiteral("8888-88-88")},
                         QueueModel::Time);
    const int born = fit({QStringLiteral("8888-88-88")}, QueueModel::Born);
    const int result = twoLines({AnswerFormat::outcome(Outcome::Clear), AnswerFormat::outcome(Outcome::Review),
                                 AnswerFormat::outcome(Outcome::Avoid), AnswerFormat::outcome(Outcome::Decline)},
                                QueueModel::Result);
    const int decision = twoLines({AnswerFormat::decision(Review::Decision::Proceed),
                                   AnswerFormat::decision(Review::Decision::DoNotTreat),
                                   AnswerFormat::decision(Review::Decision::NeedsInformation), tr("Not reviewed")},
                                  QueueModel::Decision);
    // The flags' column breaks lines between words, never inside one.
    QStringList words;
    if (const RuleSet *rules = m_services.ruleSet) {
        for (const Rule &r : rules->rules)
            words << RuleSetText::flagTitle(rules, Flag{r.id, r.level, {}, r.title, {}, {}}).split(u' ') + QStringList{QStringLiteral(",")};
    }
    const int flaggedMin = fit(words, QueueModel::Flagged);
    const int available = m_table->viewport()->width();
    const int fixed = time + born + result + decision;
    // The name and the flags share what is left, two parts to three: names
    // elide with the whole in the tooltip, while the flags say why a row is
    // red (in Japanese and Chinese the name took it all and the flags wrapped
    // after six characters).
    const int name = qBound(10 * em + pad, qMin((available - fixed) * 2 / 5, available - fixed - flaggedMin),
                            26 * em + pad);
    const int flagged = qMax(flaggedMin, available - fixed - name);
    QHeaderView *header = m_table->horizontalHeader();
    const int widths[QueueModel::ColumnCount] = {time, name, born, result, flagged, decision};
    for (int c = 0; c < QueueModel::ColumnCount; ++c) {
        if (header->sectionSize(c) != widths[c])
            header->resizeSection(c, widths[c]);
    }
}
