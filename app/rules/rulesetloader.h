#pragma once

#include "ruleset.h"

#include <QByteArray>
#include <QString>

// Reads the rule set format documented in rules/README.md and checks it all
// at once, so that staff editing a file see every problem in one go.
class RuleSetLoader
{
public:
    struct Result
    {
        RuleSetPtr ruleSet; // null when there is any error
        Diagnostics errors;
        // Things check-rules points out that do not stop the rule set loading.
        Diagnostics warnings;
    };

    static Result loadFile(const QString &path);
    // `fileName` is what error messages name as the file.
    static Result loadData(const QByteArray &data, const QString &fileName);

    // The default rule set that ships inside the executable.
    static QString builtInPath();
    // Where the package installs rule sets: share/prescreen/rules beside bin/.
    static QString installedRulesDir();
};
