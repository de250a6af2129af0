#include "splitlinecommand.h"

#include "transcriptmodel.h"

#include <QCoreApplication>

SplitLineCommand::SplitLineCommand(
    TranscriptModel *model, int row, int position, std::optional<qint64> atSeconds, EntryId newId)
    : TranscriptCommand(model, QCoreApplication::translate("TranscriptCommand", "Split line"))
{
    const TranscriptEntry &e = model->entry(row);
    TranscriptEntry head = e;
    head.text = e.text.left(position);
    while (!head.text.isEmpty() && head.text.back().isSpace())
        head.text.chop(1);
    head.touch();
    // The new line takes no trailer: blank or comment lines after the item stay after the pair.
    head.trailer.clear();

    TranscriptEntry tail;
    tail.id = newId;
    tail.kind = TranscriptEntry::Kind::Line;
    QString rest = e.text.mid(position);
    int lead = 0;
    while (lead < rest.size() && rest.at(lead).isSpace())
        ++lead;
    tail.text = rest.mid(lead);
    tail.speaker = e.speaker;
    tail.trailer = e.trailer;
    if (e.seconds) {
        const std::optional<qint64> end = model->lineEndSeconds(row);
        const qint64 start = *e.seconds;
        qint64 sec = start;
        if (atSeconds && *atSeconds >= start && (!end || *atSeconds <= *end)) {
            sec = *atSeconds;
        } else if (end && *end > start) {
            // Speech is assumed to run at an even pace through the line: the cut's share of the characters is its
            // share of the time up to the next timed line.
            sec = start + (*end - start) * position / qMax<qint64>(1, e.text.size());
        }
        tail.setSeconds(sec);
    }
    tail.touch();
    addChange(e, head);
    Run run;
    run.after = e.id;
    run.entries.append(tail);
    m_inserted.append(run);
}
