#include "transcripttools.h"

#include "captionimport.h"
#include "document.h"
#include "episodefile.h"
#include "joinparagraphsdialog.h"
#include "retranslator.h"
#include "timecode.h"
#include "transcriptexport.h"
#include "transcriptmodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

#include <algorithm>

namespace {

/** Wait cursor for the duration of a long operation (aligning an hour of captions, reading a big file). */
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

bool hasLines(const Episode &episode)
{
    return std::any_of(
        episode.entries.cbegin(), episode.entries.cend(), [](const TranscriptEntry &entry) { return entry.isLine(); });
}

int countLines(const QList<TranscriptEntry> &entries)
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const TranscriptEntry &e) { return e.isLine(); }));
}

QString shortText(const QString &text)
{
    const QString simplified = text.simplified();
    return simplified.size() > 70 ? simplified.left(67) + QStringLiteral("...") : simplified;
}

} // namespace

TranscriptTools::TranscriptTools(QMainWindow *window, Document *document, QAbstractItemView *view)
    : QObject(window), m_window(window), m_document(document), m_view(view)
{
    setObjectName(QStringLiteral("transcriptTools"));
}

void TranscriptTools::populateMenu(QMenu *menu)
{
    // Every text is bound (Retranslator), so the menu follows a change of the interface language.
    QAction *import = menu->addAction(QString(), this, &TranscriptTools::importCaptionsInteractive);
    import->setObjectName(QStringLiteral("importCaptionsAction"));
    Retranslator::bind(import, "text", [] { return tr("&Import Captions..."); });
    Retranslator::bind(import, "statusTip",
        [] { return tr("Open auto-generated captions (M:SS lines, SRT or WebVTT) as a transcript"); });

    QAction *join = menu->addAction(QString(), this, &TranscriptTools::joinIntoParagraphsInteractive);
    join->setObjectName(QStringLiteral("joinParagraphsAction"));
    Retranslator::bind(join, "text", [] { return tr("&Join into Paragraphs..."); });
    Retranslator::bind(join, "statusTip",
        [] { return tr("Merge short caption fragments into paragraphs (the selection, or the whole transcript)"); });

    QAction *retime = menu->addAction(QString(), this, &TranscriptTools::retimeFromCaptionsInteractive);
    retime->setObjectName(QStringLiteral("retimeAction"));
    Retranslator::bind(retime, "text", [] { return tr("&Re-time from Captions..."); });
    Retranslator::bind(
        retime, "statusTip", [] { return tr("Give every line the time at which its words start in a caption file"); });

    menu->addSeparator();
    QMenu *exportMenu = Retranslator::bind(menu->addMenu(QString()), "title", [] { return tr("&Export"); });
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    const QList<ExportFormat> formats = { ExportFormat::Srt, ExportFormat::Vtt, ExportFormat::PlainText,
        ExportFormat::Markdown, ExportFormat::YoutubeChapters };
    for (ExportFormat format : formats) {
        QAction *action = exportMenu->addAction(QString(), this, [this, format] { exportInteractive(format); });
        Retranslator::bind(action, "text", [format] { return tr("%1...").arg(formatName(format)); });
        action->setObjectName(QStringLiteral("export%1Action").arg(int(format)));
    }
    // Subtitles are cut into readable two-line cues; the old one-cue-per-paragraph output stays one click away.
    exportMenu->addSeparator();
    for (ExportFormat format : { ExportFormat::Srt, ExportFormat::Vtt }) {
        QAction *action = exportMenu->addAction(
            QString(), this, [this, format] { exportInteractive(format, TranscriptExport::Cues::Paragraph); });
        Retranslator::bind(
            action, "text", [format] { return tr("%1, One Cue per Paragraph...").arg(formatName(format)); });
        action->setObjectName(QStringLiteral("export%1ParagraphAction").arg(int(format)));
        Retranslator::bind(
            action, "statusTip", [] { return tr("Write each transcript line as one cue, however long"); });
    }
}

QString TranscriptTools::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Srt:
        return tr("SubRip Subtitles (SRT)");
    case ExportFormat::Vtt:
        return tr("WebVTT Subtitles");
    case ExportFormat::PlainText:
        return tr("Plain Text");
    case ExportFormat::Markdown:
        return tr("Markdown");
    case ExportFormat::YoutubeChapters:
        return tr("YouTube Chapters");
    }
    return QString();
}

QString TranscriptTools::formatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Srt:
        return QStringLiteral("srt");
    case ExportFormat::Vtt:
        return QStringLiteral("vtt");
    case ExportFormat::PlainText:
        return QStringLiteral("txt");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::YoutubeChapters:
        return QStringLiteral("chapters.txt");
    }
    return QString();
}

QString TranscriptTools::captionFilter() const
{
    return tr("Captions (*.txt *.srt *.vtt);;All Files (*)");
}

QString TranscriptTools::openFileName(const QString &title, const QString &filter)
{
    if (!m_nextPaths.isEmpty())
        return m_nextPaths.takeFirst();
    QString dir = m_lastDirectory;
    if (dir.isEmpty() && m_document && !m_document->filePath().isEmpty())
        dir = QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, title, dir, filter);
    if (!path.isEmpty())
        m_lastDirectory = QFileInfo(path).absolutePath();
    return path;
}

QString TranscriptTools::saveFileName(const QString &title, const QString &filter, const QString &suggested)
{
    if (!m_nextPaths.isEmpty())
        return m_nextPaths.takeFirst();
    const QString path = QFileDialog::getSaveFileName(m_window, title, suggested, filter);
    if (!path.isEmpty())
        m_lastDirectory = QFileInfo(path).absolutePath();
    return path;
}

void TranscriptTools::showMessage(
    QMessageBox::Icon icon, const QString &title, const QString &text, const QString &details)
{
    m_lastMessage = details.isEmpty() ? text : text + QLatin1Char('\n') + details;
    // open() instead of exec(): window-modal for the user, and never a nested event loop a test could hang in.
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

// ---- import ----

void TranscriptTools::importCaptionsInteractive()
{
    const QString path = openFileName(tr("Import Captions"), captionFilter());
    if (!path.isEmpty())
        importCaptions(path);
}

bool TranscriptTools::importCaptions(const QString &path)
{
    if (!m_document)
        return false;
    QList<CaptionFragment> fragments;
    FileError error;
    bool ok;
    {
        BusyCursor busy;
        ok = CaptionImport::read(path, &fragments, &error);
    }
    if (!ok) {
        showMessage(
            QMessageBox::Warning, tr("Import Captions"), tr("Could not import the captions."), error.toString());
        return false;
    }
    if (fragments.isEmpty()) {
        showMessage(QMessageBox::Warning, tr("Import Captions"),
            tr("%1 holds no captions.").arg(QDir::toNativeSeparators(path)));
        return false;
    }

    const Episode &current = m_document->episode();
    const QString fileName = QFileInfo(path).fileName();
    if (!hasLines(current) && !m_document->filePath().isEmpty() && current.hasTranscript()) {
        // An episode waiting for its transcript: the captions go in after any section headers, undoably.
        TranscriptModel *model = m_document->model();
        if (!model->replaceRange(model->rowCount(), 0, CaptionImport::toEntries(fragments), tr("Import Captions")))
            return false;
    } else if (!hasLines(current) && !m_document->filePath().isEmpty()) {
        // No `transcript` key yet: the key has to be added to the episode itself, which the model cannot do, so
        // the episode is reloaded with it (stays modified, not undoable).
        Episode episode = current;
        episode.ensureTranscript();
        episode.entries = CaptionImport::toEntries(fragments);
        episode.assignIds();
        m_document->loadEpisode(episode, m_document->filePath());
        emit documentReplaced();
    } else {
        if (m_document->isModified() && m_maybeSave && !m_maybeSave())
            return false;
        m_document->loadEpisode(CaptionImport::toEpisode(fragments, CaptionImport::titleFromFileName(path)), QString());
        emit documentReplaced();
    }
    emit statusMessage(tr("Imported %n caption fragment(s) from %1.", nullptr, int(fragments.size())).arg(fileName));
    return true;
}

// ---- join ----

QPair<int, int> TranscriptTools::joinRange() const
{
    const int rows = m_document ? m_document->model()->rowCount() : 0;
    if (m_view && m_view->selectionModel()) {
        QList<int> selected;
        const QModelIndexList indexes = m_view->selectionModel()->selectedIndexes();
        for (const QModelIndex &index : indexes)
            selected << index.row();
        if (!selected.isEmpty()) {
            const auto [low, high] = std::minmax_element(selected.cbegin(), selected.cend());
            if (*high > *low)
                return qMakePair(*low, *high - *low + 1);
        }
    }
    return qMakePair(0, rows);
}

bool TranscriptTools::joinIntoParagraphs(const ParagraphJoiner::Options &options)
{
    if (!m_document)
        return false;
    TranscriptModel *model = m_document->model();
    const auto [first, count] = joinRange();
    const QList<TranscriptEntry> lines = m_document->episode().entries.mid(first, count);
    const QList<TranscriptEntry> joined = ParagraphJoiner::join(lines, options);
    if (joined.size() == lines.size()) {
        emit statusMessage(tr("Nothing to join."));
        return false;
    }
    if (!model->replaceRange(first, count, joined, tr("Join into Paragraphs")))
        return false;
    emit statusMessage(tr("Joined %1 fragments into %2 paragraphs.").arg(countLines(lines)).arg(countLines(joined)));
    return true;
}

void TranscriptTools::joinIntoParagraphsInteractive()
{
    if (!m_document)
        return;
    const auto [first, count] = joinRange();
    JoinParagraphsDialog dialog(m_document->episode().entries.mid(first, count), m_window);
    if (dialog.exec() == QDialog::Accepted)
        joinIntoParagraphs(dialog.options());
}

// ---- re-time ----

void TranscriptTools::retimeFromCaptionsInteractive()
{
    const QString path = openFileName(tr("Re-time from Captions"), captionFilter());
    if (path.isEmpty())
        return;
    Aligner::Result result;
    if (!retimeFromCaptions(path, &result))
        return;

    QStringList unplaced;
    for (EntryId id : qAsConst(result.unplaced)) {
        const int row = m_document->model()->rowOfId(id);
        if (row < 0)
            continue;
        const TranscriptEntry &entry = m_document->model()->entry(row);
        unplaced << tr("Row %1 (%2): %3")
                        .arg(row + 1)
                        .arg(entry.seconds ? Timecode::format(*entry.seconds) : QStringLiteral("-"))
                        .arg(shortText(entry.text));
    }
    QString text = tr("%n line(s) moved, %1 unchanged.", nullptr, result.moved).arg(result.unchanged);
    if (!result.unplaced.isEmpty())
        text += QLatin1Char(' ')
            + tr("%n line(s) could not be placed and keep their time (see details).", nullptr,
                int(result.unplaced.size()));
    showMessage(QMessageBox::Information, tr("Re-time from Captions"), text,
        unplaced.isEmpty() ? QString()
                           : tr("Lines not placed:") + QLatin1Char('\n') + unplaced.join(QLatin1Char('\n')));
}

bool TranscriptTools::retimeFromCaptions(const QString &path, Aligner::Result *result)
{
    if (!m_document)
        return false;
    QList<CaptionFragment> captions;
    FileError error;
    Aligner::Result aligned;
    {
        BusyCursor busy;
        emit statusMessage(tr("Aligning the transcript with %1...").arg(QFileInfo(path).fileName()));
        if (!CaptionImport::read(path, &captions, &error)) {
            showMessage(QMessageBox::Warning, tr("Re-time from Captions"), tr("Could not read the captions."),
                error.toString());
            return false;
        }
        aligned = Aligner::align(m_document->episode().entries, captions);
    }
    if (result)
        *result = aligned;
    if (!aligned.seconds.isEmpty())
        m_document->model()->retime(aligned.seconds, tr("Re-time from Captions"));
    emit statusMessage(tr("Re-timed: %1 moved, %2 unchanged, %3 not placed.")
                           .arg(aligned.moved)
                           .arg(aligned.unchanged)
                           .arg(aligned.unplaced.size()));
    return true;
}

// ---- export ----

void TranscriptTools::exportInteractive(TranscriptTools::ExportFormat format, TranscriptExport::Cues cues)
{
    if (!m_document)
        return;
    // Suggest the episode's own name beside it: episode.md -> episode.srt.
    QString suggested;
    const QString source = m_document->filePath();
    if (!source.isEmpty()) {
        const QFileInfo info(source);
        suggested = info.absoluteDir().filePath(info.completeBaseName() + QLatin1Char('.') + formatSuffix(format));
    } else {
        const QString dir = m_lastDirectory.isEmpty() ? QDir::homePath() : m_lastDirectory;
        suggested = QDir(dir).filePath(tr("transcript") + QLatin1Char('.') + formatSuffix(format));
    }
    const QString filter = tr("%1 (*.%2);;All Files (*)").arg(formatName(format), formatSuffix(format));
    const QString path = saveFileName(tr("Export %1").arg(formatName(format)), filter, suggested);
    if (!path.isEmpty())
        exportTo(format, path, cues);
}

bool TranscriptTools::exportTo(ExportFormat format, const QString &path, TranscriptExport::Cues cues)
{
    if (!m_document)
        return false;
    FileError error;
    if (!EpisodeFile::writeBytes(path, TranscriptExport::exportAs(m_document->episode(), format, cues), &error)) {
        showMessage(QMessageBox::Warning, tr("Export"), tr("Could not write the export."), error.toString());
        return false;
    }
    emit statusMessage(tr("Exported %1 to %2.").arg(formatName(format), QDir::toNativeSeparators(path)));
    return true;
}
