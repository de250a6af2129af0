#include "actionicon.h"

#include <QApplication>
#include <QHash>
#include <QImageReader>
#include <QStyle>

QIcon actionIcon(const QString &name)
{
    static const bool svg = QImageReader::supportedImageFormats().contains("svg");
    if (svg)
        return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
    static const QHash<QString, QStyle::StandardPixmap> fallback = {
        { QStringLiteral("open"), QStyle::SP_DialogOpenButton },
        { QStringLiteral("save"), QStyle::SP_DialogSaveButton },
        { QStringLiteral("undo"), QStyle::SP_ArrowBack },
        { QStringLiteral("redo"), QStyle::SP_ArrowForward },
        { QStringLiteral("merge"), QStyle::SP_ArrowDown },
        { QStringLiteral("split"), QStyle::SP_ArrowUp },
        { QStringLiteral("header"), QStyle::SP_FileDialogListView },
        { QStringLiteral("delete"), QStyle::SP_TrashIcon },
        { QStringLiteral("find"), QStyle::SP_FileDialogContentsView },
        { QStringLiteral("speaker"), QStyle::SP_DirHomeIcon },
    };
    const auto it = fallback.constFind(name);
    return it == fallback.cend() ? QIcon() : QApplication::style()->standardIcon(*it);
}
