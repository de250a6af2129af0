#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

/**
 * The keyboard shortcuts of the editor's actions: each action's defaults, the user's changes, conflict detection,
 * and their storage in QSettings under `shortcuts/<actionName>` (portable text, "; " between keys, "" for none).
 *
 * It holds names and key sequences only, so it is tested without any window; the main window registers its
 * actions (name = QAction::objectName) and applies the result to them.
 */
class ShortcutScheme
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutScheme)

public:
    /** Registers an action with its built-in shortcuts. `text` is the menu text (mnemonics are removed). */
    void addAction(const QString &name, const QString &text, const QList<QKeySequence> &defaults);

    /** Action names in registration order. */
    QStringList names() const;
    bool contains(const QString &name) const { return indexOf(name) >= 0; }
    QString text(const QString &name) const;
    /** Changes the text shown for `name` (e.g. "Back 10 Seconds" after the skip length changed). */
    void setText(const QString &name, const QString &text);
    QList<QKeySequence> defaults(const QString &name) const;
    QList<QKeySequence> shortcuts(const QString &name) const;
    bool isDefault(const QString &name) const;

    /** The action (other than `except`) that already uses `key`; empty when the key is free or empty. */
    QString conflict(const QKeySequence &key, const QString &except = QString()) const;
    /**
     * Gives `name` the keys `keys` (empty sequences are dropped). Refused when a key is used by another action or
     * twice in `keys`: returns false, leaves everything as it was and puts the other action's name in *conflictWith.
     */
    bool setShortcuts(const QString &name, const QList<QKeySequence> &keys, QString *conflictWith = nullptr);
    /** Back to the built-in keys; refused like setShortcuts() when another action took one of them meanwhile. */
    bool reset(const QString &name, QString *conflictWith = nullptr);
    /** Every action back to its built-in keys. */
    void resetAll();

    /**
     * Reads the user's shortcuts (`shortcuts/<name>`). Entries for unknown actions, unreadable keys and keys that
     * would collide with another action are ignored, so a damaged settings file never leaves two actions on one
     * key. Returns the number of actions changed.
     */
    int load(const QSettings &settings);
    /** Writes the actions that differ from their defaults and removes the entries of the others. */
    void save(QSettings &settings) const;

    /** "Merge with Next Line (Ctrl+M)": the text without mnemonics, then the keys in native text. */
    QString toolTip(const QString &name) const;
    /** "&Merge with Next Line..." -> "Merge with Next Line". */
    static QString plainText(const QString &menuText);
    /** The settings key of an action. */
    static QString settingsKey(const QString &name);

private:
    struct Entry
    {
        QString name;
        QString text;
        QList<QKeySequence> defaults;
        QList<QKeySequence> keys;
    };
    int indexOf(const QString &name) const;
    QString conflictOf(const QList<QKeySequence> &keys, const QString &except) const;

    QList<Entry> m_entries;
};
