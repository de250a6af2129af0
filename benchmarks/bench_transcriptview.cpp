// How the transcript table copes with a long episode: load, first paint, background row measuring, an edit, a
// column resize, scrolling. Prints figures; run with QT_QPA_PLATFORM=offscreen (or under xvfb-run -a).
//
//   bench_transcriptview [episode.md] [rows]   (default: the shared fixture repeated to 10,000 rows)
#include "document.h"
#include "episodefile.h"
#include "transcriptdelegate.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

QTextStream out(stdout);

/** Runs the event loop until the view has measured every row; returns the longest single event-loop turn in ms. */
qint64 drainRowHeights(TranscriptView &view, int *turns)
{
    qint64 longest = 0;
    *turns = 0;
    QElapsedTimer turn;
    while (view.pendingRowHeights() > 0) {
        turn.start();
        QApplication::processEvents(QEventLoop::AllEvents);
        longest = std::max(longest, turn.elapsed());
        ++*turns;
    }
    return longest;
}

void report(const char *what, qint64 ms)
{
    out << QString::fromLatin1(what).leftJustified(58) << ms << " ms\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString path
        = args.size() > 1 ? args.at(1) : QStringLiteral(TE_SHARED_DIR "/fixtures/episodes/semiconductors-to-ml.md");
    const int wanted = args.size() > 2 ? args.at(2).toInt() : 10000;

    Episode episode;
    FileError error;
    if (!EpisodeFile::read(path, &episode, &error)) {
        out << error.toString() << '\n';
        return 1;
    }
    const QList<TranscriptEntry> once = episode.entries;
    while (episode.entries.size() < wanted)
        episode.entries += once;
    episode.entries = episode.entries.mid(0, wanted);
    episode.assignIds();

    // Open to drawn, as a user meets it: the episode written to a file, then read (EpisodeFile::read, the libyaml
    // reader), loaded into a new document's model and painted in a table (the figure compared with Aegisub's time to
    // a drawn list of the same number of lines).
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("long.md"));
        if (!EpisodeFile::writeBytes(file, EpisodeFile::serialize(episode), &error)) {
            out << error.toString() << '\n';
            return 1;
        }
        QElapsedTimer total;
        total.start();
        Episode read;
        if (!EpisodeFile::read(file, &read, &error)) {
            out << error.toString() << '\n';
            return 1;
        }
        const qint64 readMs = total.elapsed();
        Document opened;
        TranscriptView shown;
        shown.setModels(opened.model(), opened.speakers());
        shown.resize(1100, 800);
        opened.loadEpisode(std::move(read), file); // as Document::load hands over what it read
        shown.show();
        shown.repaint();
        const qint64 drawnMs = total.elapsed();
        out << "open to drawn: " << QFileInfo(file).size() << " bytes, " << opened.model()->rowCount() << " entries\n";
        report("  read the file", readMs);
        report("  read + load into the model + first paint of the table", drawnMs);
    }

    Document document;
    TranscriptView view;
    view.setModels(document.model(), document.speakers());
    view.resize(1100, 800);
    view.show();
    QApplication::processEvents();

    QElapsedTimer clock;
    clock.start();
    document.loadEpisode(episode, QString());
    report("load into model + spans + visible rows measured", clock.elapsed());
    out << "rows: " << document.model()->rowCount() << ", waiting to be measured: " << view.pendingRowHeights() << '\n';

    clock.start();
    view.repaint();
    report("first paint", clock.elapsed());

    {
        // The text layout alone, for comparison with the background measuring below.
        auto *delegate = static_cast<TranscriptDelegate *>(view.itemDelegate());
        clock.start();
        qint64 sum = 0;
        for (int row = 0; row < document.model()->rowCount(); ++row)
            sum += delegate->heightForRow(document.model()->index(row, TranscriptModel::TextColumn));
        report("text layout of every row alone (delegate heightForRow)", clock.elapsed());
        out << "  total height " << sum << " px\n";
    }

    int turns = 0;
    clock.start();
    qint64 longest = drainRowHeights(view, &turns);
    report("background measuring of all rows (total)", clock.elapsed());
    out << "  in " << turns << " event-loop turns, longest turn " << longest << " ms\n";

    TranscriptModel *model = document.model();
    const int middle = model->rowCount() / 2;
    clock.start();
    model->setText(middle, model->entry(middle).text + QStringLiteral(" And one more sentence to wrap the line."));
    report("edit one line in the middle (setText + re-measure)", clock.elapsed());

    clock.start();
    model->mergeLines({ middle, middle + 1 });
    report("merge two lines in the middle", clock.elapsed());

    clock.start();
    view.setColumnWidth(TranscriptModel::SpeakerColumn, view.columnWidth(TranscriptModel::SpeakerColumn) + 40);
    view.repaint();
    report("column resize: visible rows re-measured + paint", clock.elapsed());
    clock.start();
    longest = drainRowHeights(view, &turns);
    report("column resize: background re-measuring (total)", clock.elapsed());
    out << "  in " << turns << " event-loop turns, longest turn " << longest << " ms\n";

    clock.start();
    const int steps = 200;
    QScrollBar *bar = view.verticalScrollBar();
    for (int i = 1; i <= steps; ++i) {
        bar->setValue(bar->maximum() * i / steps);
        view.repaint();
    }
    out << QString::fromLatin1("scroll through the whole episode, per page step").leftJustified(58)
        << QString::number(double(clock.elapsed()) / steps, 'f', 2) << " ms\n";

    clock.start();
    view.setPlayingRow(model->rowCount() - 10, true);
    view.repaint();
    report("setPlayingRow far away (scroll + paint)", clock.elapsed());
    return 0;
}
