#pragma once

// The JSON text of a submission's answers and flags, written straight into
// a byte array. QJsonObject and QJsonDocument built and serialised the same
// text at a fifth of a durable submit's work; what is written here reads
// back with QJsonDocument unchanged (tests/test_jsontext.cpp).

#include "evaluation.h"

#include <QByteArray>
#include <QVariantMap>

namespace JsonText {

// An answer is a bool, a QString, a QDate (ISO 8601) or a QStringList;
// anything else is written as QJsonValue::fromVariant would.
QByteArray answers(const QVariantMap &answers);
QByteArray flags(const QList<Flag> &flags);

} // namespace JsonText
