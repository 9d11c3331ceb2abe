#include "answersheet.h"

#include "answerformat.h"
#include "outcomecolour.h"
#include "ruleset.h"
#include "rulesettext.h"
#include "settings.h"
#include "stafflabels.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace StaffLabels;

namespace {

// Answers compare by what they say, whatever type they came back as.
QString comparable(const QVariant &value)
{
    if (!value.isValid())
        return {};
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(u'\n');
    return value.toString();
}

} // namespace

AnswerSheet::AnswerSheet(const RuleSet *rules, const StoredSubmission &stored, const std::optional<QueueEntry> &previous,
                         QWidget *parent)
    : QWidget(parent), m_rules(rules), m_stored(stored), m_previous(previous)
{
    if (m_previous) {
        const QVariantMap &now = stored.submission.answers;
        const QVariantMap &before = m_previous->stored.submission.answers;
        QStringList ids = now.keys();
        for (const QString &id : before.keys()) {
            if (!ids.contains(id))
                ids << id;
        }
        for (const QString &id : ids) {
            if (comparable(now.value(id)) != comparable(before.value(id)))
                m_changed << id;
        }
    }
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    int row = 0;
    addOwnWords(grid, row);
    addOthers(grid, row, addFlags(grid, row));
}

QString AnswerSheet::questionText(const QString &id) const
{
    const Question *q = m_rules ? m_rules->question(id) : nullptr;
    return q ? RuleSetText::translate(*m_rules, q->text) : id;
}

QString AnswerSheet::answerText(const QVariantMap &answers, const QString &id) const
{
    if (!answers.contains(id))
        return tr("not asked");
    return m_rules ? AnswerFormat::answer(*m_rules, id, answers.value(id)) : comparable(answers.value(id));
}

QString AnswerSheet::change(const QString &id) const
{
    if (!m_changed.contains(id))
        return {};
    const QDate when = m_previous->stored.submission.submittedAt.toTimeZone(Settings::clinicTimeZone()).date();
    return tr("● Changed since %1 (was: %2)").arg(when.toString(Qt::ISODate),
                                                 answerText(m_previous->stored.submission.answers, id));
}

// The patient's note and every free-text answer, where the eye starts: a
// note that contradicts an answer must not hide at the bottom.
void AnswerSheet::addOwnWords(QGridLayout *grid, int &row)
{
    if (!m_rules)
        return;
    QStringList lines;
    for (const Question &q : m_rules->questions) {
        const QString text = m_stored.submission.answers.value(q.id).toString().trimmed();
        if (q.type != Question::Type::Text || text.isEmpty())
            continue;
        lines << QStringLiteral("%1\n    %2").arg(questionText(q.id), text);
    }
    if (lines.isEmpty())
        return;
    grid->addWidget(heading(tr("In the patient's own words"), this), row++, 0, 1, 2);
    auto *words = wrapped(lines.join(QStringLiteral("\n")), this, "ownWords");
    words->setStyleSheet(QStringLiteral("background: #eef3f8; border-left: 6px solid #0b3d6e; padding: 8px;"));
    grid->addWidget(words, row++, 0, 1, 2);
}

QStringList AnswerSheet::addFlags(QGridLayout *grid, int &row)
{
    const QList<Flag> &flags = m_stored.evaluation.flags;
    QStringList shown;
    if (flags.isEmpty())
        return shown;
    grid->addWidget(heading(tr("Flagged answers"), this), row++, 0, 1, 2);
    const QVariantMap &answers = m_stored.submission.answers;
    for (const Flag &f : flags) {
        QStringList lines;
        // The flagged answers, then what the patient wrote in the questions
        // they opened (the type of cancer, the allergy), once.
        const QStringList ids = f.questions + (m_rules ? m_rules->followUps(f.questions) : QStringList());
        for (const QString &id : ids) {
            const bool followUp = !f.questions.contains(id);
            if (followUp && (shown.contains(id) || !answers.contains(id)))
                continue;
            lines << QStringLiteral("%1 → %2").arg(questionText(id), answerText(answers, id));
            if (!change(id).isEmpty())
                lines << change(id);
            shown << id;
        }
        auto *level = wrapped(QStringLiteral("%1\n%2").arg(RuleSetText::flagTitle(m_rules, f), AnswerFormat::outcome(f.level)), this);
        level->setStyleSheet(QStringLiteral("background: %1; padding: 6px; font-weight: bold;").arg(outcomeTint(f.level).name()));
        auto *detail = wrapped(QStringLiteral("%1\n%2\n%3")
                                   .arg(lines.join(u'\n'), m_rules ? RuleSetText::translate(*m_rules, f.reason) : f.reason,
                                        tr("Article: %1").arg(m_rules ? AnswerFormat::section(*m_rules, f.section) : f.section)),
                               this);
        detail->setObjectName(QStringLiteral("flag_") + f.rule);
        grid->addWidget(level, row, 0, Qt::AlignTop);
        grid->addWidget(detail, row++, 1);
    }
    return shown;
}

void AnswerSheet::addOthers(QGridLayout *grid, int &row, const QStringList &shown)
{
    grid->addWidget(heading(tr("Other answers"), this), row++, 0, 1, 2);
    QStringList order;
    if (m_rules) {
        for (const Question &q : m_rules->questions)
            order << q.id;
    } else {
        order = m_stored.submission.answers.keys();
    }
    // An answer that the previous screening had and this one has not (a
    // question no longer shown) is a change too.
    for (const QString &id : order) {
        const bool asked = m_stored.submission.answers.contains(id);
        if (shown.contains(id) || (!asked && !m_changed.contains(id)))
            continue;
        grid->addWidget(wrapped(questionText(id), this), row, 0, Qt::AlignTop);
        QString text = answerText(m_stored.submission.answers, id);
        if (!change(id).isEmpty())
            text += u'\n' + change(id);
        auto *answer = wrapped(text, this);
        answer->setObjectName(QStringLiteral("answer_") + id);
        QFont bold = answer->font();
        bold.setBold(true);
        answer->setFont(bold);
        if (m_changed.contains(id))
            answer->setStyleSheet(QStringLiteral("background: #fff3c4; padding: 4px;"));
        grid->addWidget(answer, row++, 1);
    }
}
