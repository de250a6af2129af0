#pragma once

#include "episode.h"
#include "paragraphjoiner.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QSpinBox;

/**
 * Options for "Join into Paragraphs" with a live preview of the outcome ("412 fragments -> 37 paragraphs"),
 * computed by running ParagraphJoiner on the lines the command will join.
 */
class JoinParagraphsDialog : public QDialog
{
    Q_OBJECT

public:
    JoinParagraphsDialog(const QList<TranscriptEntry> &lines, QWidget *parent = nullptr);

    ParagraphJoiner::Options options() const;
    void setOptions(const ParagraphJoiner::Options &options);

    /** The preview text, e.g. "412 fragments -> 37 paragraphs". */
    QString previewText() const;
    /** Number of lines (not headers) the join would produce with the current options. */
    int previewParagraphs() const { return m_paragraphs; }

private:
    void updatePreview();

    QList<TranscriptEntry> m_lines;
    ParagraphJoiner::Options m_base; ///< keeps the options the dialog has no control for
    int m_fragments = 0;
    int m_paragraphs = 0;
    QSpinBox *m_maxPause;
    QSpinBox *m_maxChars;
    QCheckBox *m_sentenceEnd;
    QLabel *m_preview;
};
