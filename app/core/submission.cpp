#include "submission.h"

QStringList Languages::supported()
{
    return {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh_CN")};
}
