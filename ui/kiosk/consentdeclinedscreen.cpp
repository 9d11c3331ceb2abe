// After "I do not agree": the patient learns that nothing was kept and where
// to go, instead of finding the welcome screen again without a word.
#include "screens.h"

ConsentDeclinedScreen::ConsentDeclinedScreen(PatientFlow &flow, int seconds, QWidget *parent)
    : ClosingScreen(flow, seconds, parent)
{
    addHeading(tr("Nothing has been kept"));
    addText(tr("You did not agree, so we have not kept anything you entered on this tablet."), "declinedText");
    addText(tr("Please see the reception staff. You can still talk to the doctor."), "seeReception");
    addText(tr("Please return the tablet to reception."));
    addCountdown(tr("Back to the start"));
}
