// Thanks, with no verdict, and back to the welcome screen.
#include "screens.h"

ThanksScreen::ThanksScreen(PatientFlow &flow, int seconds, QWidget *parent) : ClosingScreen(flow, seconds, parent)
{
    addHeading(tr("Thank you"));
    addText(tr("Your answers have been sent. The doctor will go through them with you at your counselling."));
    addText(tr("Please return the tablet to reception."));
    addCountdown(tr("Finish"));
}
