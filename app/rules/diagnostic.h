#pragma once

#include <QList>
#include <QString>

// A place in a source file, 1-based, as editors and compilers count.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;
};

// One problem found while reading a file, printed as `file:line:column: message`
// so that editors and terminals can jump to it.
struct Diagnostic
{
    SourceLocation where;
    QString message;

    QString toString() const
    {
        if (where.line <= 0)
            return QStringLiteral("%1: %2").arg(where.file, message);
        return QStringLiteral("%1:%2:%3: %4").arg(where.file).arg(where.line).arg(where.column).arg(message);
    }
};

using Diagnostics = QList<Diagnostic>;
