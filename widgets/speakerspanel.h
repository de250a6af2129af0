#pragma once

#include <QWidget>

class QItemSelectionModel;
class QListView;
class QModelIndex;
class QToolButton;
class SpeakerModel;
class TranscriptModel;

/**
 * The speakers of the episode: colour, number key (Alt+N sets it), line count. Rename (a name that already exists
 * asks to merge), merge into another speaker, and select every line of a speaker in the shared selection model.
 * Changes go through TranscriptModel::renameSpeaker / mergeSpeaker (one undo step each).
 */
class SpeakersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SpeakersPanel(QWidget *parent = nullptr);

    void setModels(TranscriptModel *transcript, SpeakerModel *speakers, QItemSelectionModel *selection);
    /** The speaker selected in the list, or an empty string. */
    QString currentSpeaker() const;
    void setCurrentSpeaker(const QString &name);
    QListView *listView() const { return m_list; }

public slots:
    /** Asks for a new name for the current speaker (a dialog), then renames or merges. */
    void renameCurrent();
    /** Renames `from` to `to`; when `to` exists already, asks whether to merge. */
    bool rename(const QString &from, const QString &to);
    bool mergeInto(const QString &from, const QString &into);
    /** Selects every line of the current speaker in the transcript. Returns the number of lines. */
    int selectLinesOfCurrent();

signals:
    void statusMessage(const QString &message);
    /** Lines were selected; `firstRow` is the first of them (-1 when none). */
    void linesSelected(int firstRow);

private:
    void updateButtons();
    void fillMergeMenu();

    TranscriptModel *m_transcript = nullptr;
    SpeakerModel *m_speakers = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QListView *m_list;
    QToolButton *m_renameButton;
    QToolButton *m_mergeButton;
    QToolButton *m_selectButton;
};
