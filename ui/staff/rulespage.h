#pragma once

#include "rulesetversions.h"
#include "staffwindow.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
struct ReplayReport;

// The clinic's rule sets: every version kept, which one is active, and who
// loaded and approved each. An administrator loads a draft and sees its
// errors by line and column, or what it would have changed in the last 90
// days; a doctor who did not load it approves it; a doctor or an
// administrator restores an earlier version or rolls back.
class RulesPage : public QWidget
{
    Q_OBJECT
public:
    RulesPage(StaffServices &services, const StaffAccount &account, QWidget *parent);
    static constexpr int kReplayDays = 90;

private:
    void reload();
    void loadDraft();
    void approve();
    void restore();
    void rollBack();
    void showSelected();
    void showReplay(const RuleSetVersion &version);
    std::optional<RuleSetVersion> selected();
    QString replaySummary(const ReplayReport &report, const RuleSet &draft) const;
    void say(const QString &text, bool problem);

    StaffServices &m_services;
    RuleSetVersions &m_versions;
    const StaffAccount &m_account;
    QTableWidget *m_table;
    QLineEdit *m_path = nullptr;
    QLabel *m_message;
    QLabel *m_replay;
    qint64 m_approveArmed = 0; // the version a first press of Approve asked about
    QPlainTextEdit *m_text;
};
