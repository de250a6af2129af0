#pragma once

#include "document.h"
#include "finding.h"

#include <QAbstractItemView>
#include <QList>
#include <QPointer>
#include <QWidget>

class QItemSelectionModel;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * The "Checks" panel: lists what Validator::check finds in the open episode (severity icon, file line, time,
 * message) and keeps the list current while the user edits.
 *
 * Re-checking is debounced (recheckDelay(), 300 ms by default) after any change of the transcript model, so
 * typing stays smooth on long episodes. Clicking a finding selects its row through the view's selection model
 * (the one selection model shared by every view of the transcript) and scrolls to it. "Fix" applies
 * Validator::fix to the current finding (one undo step); "Fix All of This Kind" fixes every fixable finding of the
 * same kind as one undo step.
 */
class ChecksPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChecksPanel(QWidget *parent = nullptr);
    ~ChecksPanel() override;

    /**
     * Follows `document` (which outlives the panel or is reset with nullptr) and selects rows in `view`'s
     * selection model. Re-checks at once when it is another document (a file opened in the same one resets its model,
     * which re-checks).
     */
    void setDocument(Document *document, QAbstractItemView *view);
    Document *document() const { return m_document; }

    /** The findings as listed, in Validator order. */
    const QList<Finding> &findings() const { return m_findings; }
    int count(Finding::Severity severity) const;
    /** "Checks", or e.g. "Checks: 2 errors, 3 warnings" (for the dock title). */
    QString title() const;

    /** Milliseconds between the last edit and the re-check. */
    void setRecheckDelay(int ms);
    int recheckDelay() const;

    /** Index into findings() of the current item, or -1. */
    int currentFinding() const;
    void setCurrentFinding(int index);

    QTreeWidget *findingList() const { return m_list; }
    QPushButton *fixButton() const { return m_fixButton; }
    QPushButton *fixAllButton() const { return m_fixAllButton; }

public slots:
    /** Runs the validator now and refreshes the list (keeps the current finding when it still exists). */
    void recheck();
    /** Re-checks after recheckDelay() unless another change comes first. */
    void scheduleRecheck();
    /** Selects and scrolls to the row of finding `index`; false when it has no row. */
    bool showFinding(int index);
    /** Fixes the current finding (one undo step); false when nothing was fixed. */
    bool fixCurrent();
    /** Fixes every fixable finding of the current finding's kind as one undo step; returns how many. */
    int fixAllOfCurrentKind();

signals:
    /** title() changed (counts changed). */
    void titleChanged(const QString &title);
    /** A short message for the status bar. */
    void statusMessage(const QString &message);
    /** The list was refreshed. */
    void findingsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void populate();
    void updateButtons();
    QString lineText(const Finding &finding) const;
    QString timeText(const Finding &finding) const;

    QPointer<Document> m_document;
    QPointer<QAbstractItemView> m_view;
    QList<Finding> m_findings;
    QString m_title;

    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_fixButton;
    QPushButton *m_fixAllButton;
    QTimer *m_timer;
};
