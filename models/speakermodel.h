#pragma once

#include <QAbstractListModel>
#include <QColor>
#include <QHash>
#include <QList>
#include <QStringList>

class TranscriptModel;

/**
 * The speakers of the episode (one row each), derived from a TranscriptModel and kept up to date from its
 * signals: rows are inserted/removed as speakers appear/disappear, counts change through dataChanged; a reset
 * happens only when the transcript model resets.
 *
 * Each speaker holds a slot: slots are given in order of first appearance in the file, a new speaker takes the
 * lowest free slot, and nobody else's slot changes. The number shown (1..9, 0 beyond) and the colour (from a fixed
 * palette) follow the slot, so both are stable while speakers come and go. A speaker who disappears (e.g. renamed
 * away, or lines deleted) gets the same slot back when it reappears (undo) if it is still free, and a renamed speaker
 * passes its slot to the new name. Rows are ordered by slot. Usable directly as a QComboBox model.
 */
class SpeakerModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { NameRole = Qt::UserRole + 1, ColorRole, NumberRole, LineCountRole };

    explicit SpeakerModel(TranscriptModel *transcript, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList names() const;
    /** The speaker's colour; an invalid QColor for an unknown name. */
    QColor colorOf(const QString &name) const;
    /** 1..9, or 0 for an unknown name or a slot beyond 9. */
    int numberOf(const QString &name) const;
    /** The speaker with number n (1..9), or an empty string. */
    QString speakerForNumber(int n) const;
    int lineCount(const QString &name) const;
    /** Row of the speaker, or -1. */
    int rowOf(const QString &name) const;

    /** The fixed palette colours are taken from, in order. */
    static QList<QColor> palette();

private:
    struct Speaker
    {
        QString name;
        int slot = 0;
        int lines = 0;
    };

    void rebuild();
    void applyDelta(const QHash<QString, int> &delta);
    void onRenamed(const QString &from, const QString &to);
    int freeSlotFor(const QString &name) const;

    TranscriptModel *m_transcript;
    QList<Speaker> m_speakers; // present speakers, ordered by slot
    QHash<QString, int> m_rememberedSlot; // last slot each name held (kept when the name disappears)
};
