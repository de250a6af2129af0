#pragma once

#include "aligner.h"
#include "document.h"
#include "paragraphjoiner.h"
#include "transcriptexport.h"

#include <QAbstractItemView>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;

/**
 * The "Transcript" menu of the main window: import captions, join into paragraphs, re-time from captions and the
 * export formats. Each command has a function that does the work without any dialog (used by the menu after
 * asking, and by tests) and a slot that asks for files and options first.
 *
 * Every edit is one undo step through the TranscriptModel intent API (replaceRange, retime). File dialogs can be
 * bypassed with setNextFilePath() so that tests never block; messages are shown window-modal but non-blocking
 * (QMessageBox::open) and the last one is kept in lastMessage().
 */
class TranscriptTools : public QObject
{
    Q_OBJECT

public:
    using ExportFormat = TranscriptExport::Format;

    TranscriptTools(QMainWindow *window, Document *document, QAbstractItemView *view);

    /** The document and the view whose selection "Join into Paragraphs" uses. */
    void setDocument(Document *document, QAbstractItemView *view)
    {
        m_document = document;
        m_view = view;
    }
    /** Called before the open document is replaced; returns false when the user cancels. */
    void setMaybeSave(std::function<bool()> maybeSave) { m_maybeSave = std::move(maybeSave); }
    /** Adds the actions and the Export submenu to `menu`. */
    void populateMenu(QMenu *menu);

    /**
     * Reads a caption file (raw M:SS lines, SRT or WebVTT). Into the open episode when it has no transcript lines
     * yet (one undo step when it has a transcript key), else as a new untitled document (after maybeSave).
     */
    bool importCaptions(const QString &path);
    /** The rows "Join into Paragraphs" works on: the selected span when it covers several rows, else all. */
    QPair<int, int> joinRange() const;
    /** Joins the lines of joinRange() with `options` as one undo step; false when nothing changed. */
    bool joinIntoParagraphs(const ParagraphJoiner::Options &options);
    /** Aligns the transcript to a caption file and applies the new times as one undo step. */
    bool retimeFromCaptions(const QString &path, Aligner::Result *result = nullptr);
    /** Writes the export (atomically); false with a message on failure. `cues` matters for SRT and WebVTT. */
    bool exportTo(
        ExportFormat format, const QString &path, TranscriptExport::Cues cues = TranscriptExport::Cues::Readable);

    /** The next file dialog returns `path` at once instead of showing (an empty string = the user cancelled). */
    void setNextFilePath(const QString &path) { m_nextPaths << path; }
    /** Text of the last message shown (error or summary). */
    QString lastMessage() const { return m_lastMessage; }

    static QString formatName(ExportFormat format);
    static QString formatSuffix(ExportFormat format);

public slots:
    void importCaptionsInteractive();
    void joinIntoParagraphsInteractive();
    void retimeFromCaptionsInteractive();
    void exportInteractive(
        TranscriptTools::ExportFormat format, TranscriptExport::Cues cues = TranscriptExport::Cues::Readable);

signals:
    /** For the status bar. */
    void statusMessage(const QString &message);
    /** The document's content was replaced by an import (like opening a file: audio and actions follow). */
    void documentReplaced();

private:
    QString openFileName(const QString &title, const QString &filter);
    QString saveFileName(const QString &title, const QString &filter, const QString &suggested);
    void showMessage(
        QMessageBox::Icon icon, const QString &title, const QString &text, const QString &details = QString());
    QString captionFilter() const;

    QMainWindow *m_window;
    QPointer<Document> m_document;
    QPointer<QAbstractItemView> m_view;
    std::function<bool()> m_maybeSave;
    QStringList m_nextPaths;
    QString m_lastMessage;
    QString m_lastDirectory;
};
