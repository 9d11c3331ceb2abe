#pragma once

#include <QStringList>

// Starts the kiosk GUI; `arguments` are the command line without the
// program name. Returns the exit status.
int runGui(int &argc, char **argv);
