#pragma once

#include "findreplace.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class TranscriptView;

/**
 * Non-modal find and replace over the transcript of a TranscriptView: plain text or regular expression, in line
 * texts and/or speaker names. Finding selects the matching row (the current match is remembered); "Replace"
 * changes the current match and finds the next; "Replace All" is one undo step (FindReplace::replaceAll).
 */
class FindDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FindDialog(TranscriptView *view, QWidget *parent = nullptr);

    /** Shows and raises the dialog, with the replace row when `replace`; the find field gets the focus. */
    void showFor(bool replace);
    FindOptions options() const;
    void setPattern(const QString &pattern);
    void setReplacement(const QString &replacement);

public slots:
    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll();

signals:
    void statusMessage(const QString &message);

private:
    bool find(bool backwards);
    void setMessage(const QString &message);
    void updateButtons();
    /** "Find", or "Find and Replace" while the replace row shows. */
    void updateWindowTitle();

    TranscriptView *m_view;
    QLineEdit *m_findEdit;
    QLineEdit *m_replaceEdit;
    QLabel *m_replaceLabel;
    QCheckBox *m_regex;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_inText;
    QCheckBox *m_inSpeakers;
    QPushButton *m_nextButton;
    QPushButton *m_previousButton;
    QPushButton *m_replaceButton;
    QPushButton *m_replaceAllButton;
    QLabel *m_message;
    FindMatch m_current; ///< the match last found (row -1 = none)
};
