#pragma once

#include <QPointer>
#include <QWidget>

class Document;
class QLabel;
class QLineEdit;
class QSpinBox;

/**
 * The episode's metadata: title, short title, season and episode are editable (each change is one undo step
 * through Document::setMetadata); guests and links are shown. Keys it does not show are never touched.
 */
class EpisodePanel : public QWidget
{
    Q_OBJECT

public:
    explicit EpisodePanel(QWidget *parent = nullptr);
    ~EpisodePanel() override;

    void setDocument(Document *document);
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *shortEdit() const { return m_short; }
    QSpinBox *seasonBox() const { return m_season; }
    QSpinBox *episodeBox() const { return m_episode; }
    /** Commits what is typed in the editors but not yet committed (before saving or closing). */
    void commitEdits();

private:
    void refresh();
    void refreshKey(const QString &key);
    void commitText(const QString &key, QLineEdit *edit);
    void commitNumber(const QString &key, QSpinBox *box);

    QPointer<Document> m_document; ///< owned by the main window, which deletes this panel first
    QLineEdit *m_title;
    QLineEdit *m_short;
    QSpinBox *m_season;
    QSpinBox *m_episode;
    QLabel *m_guests;
    QLabel *m_links;
};
