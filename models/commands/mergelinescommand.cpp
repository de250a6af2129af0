#include "mergelinescommand.h"

#include "transcriptmodel.h"

#include <QCoreApplication>
#include <QStringList>

MergeLinesCommand::MergeLinesCommand(TranscriptModel *model, const QList<int> &rows)
    : TranscriptCommand(
        model, QCoreApplication::translate("TranscriptCommand", "Merge %n line(s)", nullptr, int(rows.size())))
{
    if (rows.size() < 2)
        return;
    const TranscriptEntry &first = model->entry(rows.first());
    QStringList texts;
    std::optional<qint64> earliest;
    for (int row : rows) {
        const TranscriptEntry &e = model->entry(row);
        const QString t = e.text.trimmed();
        if (!t.isEmpty())
            texts.append(t);
        if (e.seconds && (!earliest || *e.seconds < *earliest))
            earliest = e.seconds;
    }
    TranscriptEntry merged = first;
    merged.text = texts.join(QLatin1Char(' '));
    // A line's time is re-formatted only when there is one; a first line without any time keeps its odd `time`.
    if (earliest)
        merged.setSeconds(earliest);
    merged.touch();
    addChange(first, merged);
    m_removed = runsOf(model, rows.mid(1));
}
