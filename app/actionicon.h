#pragma once

#include <QIcon>
#include <QString>

/**
 * The icon `name` from resources/icons (":/icons/<name>.svg"). Where Qt's SVG image plugin is missing
 * (Debian package libqt6svg6), a similar icon of the current style is used so the toolbar still shows pictures.
 */
QIcon actionIcon(const QString &name);
