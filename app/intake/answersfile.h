#pragma once

#include "ruleset.h"
#include "submission.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

// Reads and writes the answers file of DESIGN.md (the input of `evaluate`
// and `submit`). Reading turns JSON into typed answers and reports every
// malformed or mistyped field; SubmissionCheck then checks the content.
class AnswersFile
{
public:
    struct Result
    {
        Submission submission;
        QStringList problems; // each "field: message"
    };

    // `now` stands in for a missing submittedAt.
    static Result parse(const QByteArray &json, const RuleSet &ruleSet, const QDateTime &now);
    // parse(), then SubmissionCheck on what it read: every problem of the
    // file, one message a field. Empty problems: the submission may be
    // evaluated and stored.
    static Result read(const QByteArray &json, const RuleSetPtr &ruleSet, const QDateTime &now);
    static QJsonObject toJson(const Submission &submission, const RuleSet &ruleSet);
};
