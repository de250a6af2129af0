#pragma once

#include "recoveryoffer.h"

#include <QDialog>

class QLabel;
class QPushButton;

/**
 * Offers one recovery copy back: what it is (the file, when the copy was made), what differs from the file on
 * disk, and a warning when that file has changed on disk since. Restore is the default button; Discard deletes the
 * copy; Decide Later (or Esc), where allowed, keeps the copy for later.
 */
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Later = 0, Restore = 1, Discard = 2 };

    /** `allowLater` false (the file is being opened, so its copy would soon be replaced): Restore or Discard only. */
    explicit RecoveryDialog(const RecoveryOffer &offer, bool allowLater = true, QWidget *parent = nullptr);

    /** The user's choice once the dialog has closed. */
    Choice choice() const { return m_choice; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *discardButton() const { return m_discard; }
    /** The text describing the copy (for tests and accessibility). */
    QString summaryText() const;

    /** "3 lines changed, 1 added; the title changed" (empty when nothing differs). */
    static QString describe(const RecoveryDiff &diff);

public slots:
    void reject() override;

private:
    Choice m_choice = Later;
    bool m_allowLater;
    QLabel *m_summary;
    QLabel *m_warning;
    QPushButton *m_restore;
    QPushButton *m_discard;
};
