#pragma once

#include <QObject>

// A turn of the mouse wheel over a drop-down list or a date field that the
// user has not clicked into scrolls the page instead of changing the value:
// reception scrolls down to the Export button, and the format under the
// pointer changed from the workbook to FHIR JSON on the way (the walk of
// issue 13). Installed once on the application by the staff window.
class ScrollPastInputs : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
