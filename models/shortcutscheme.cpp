#include "shortcutscheme.h"

#include <QRegularExpression>
#include <QSettings>

namespace {
QList<QKeySequence> withoutEmpty(const QList<QKeySequence> &keys)
{
    QList<QKeySequence> result;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty() && !result.contains(key))
            result << key;
    }
    return result;
}
} // namespace

void ShortcutScheme::addAction(const QString &name, const QString &text, const QList<QKeySequence> &defaults)
{
    const QList<QKeySequence> keys = withoutEmpty(defaults);
    const int index = indexOf(name);
    if (index >= 0) {
        m_entries[index] = { name, plainText(text), keys, keys };
        return;
    }
    m_entries.append({ name, plainText(text), keys, keys });
}

QStringList ShortcutScheme::names() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        result << entry.name;
    return result;
}

int ShortcutScheme::indexOf(const QString &name) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name)
            return i;
    }
    return -1;
}

QString ShortcutScheme::text(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? QString() : m_entries.at(index).text;
}

void ShortcutScheme::setText(const QString &name, const QString &text)
{
    const int index = indexOf(name);
    if (index >= 0)
        m_entries[index].text = plainText(text);
}

QList<QKeySequence> ShortcutScheme::defaults(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? QList<QKeySequence>() : m_entries.at(index).defaults;
}

QList<QKeySequence> ShortcutScheme::shortcuts(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 ? QList<QKeySequence>() : m_entries.at(index).keys;
}

bool ShortcutScheme::isDefault(const QString &name) const
{
    const int index = indexOf(name);
    return index < 0 || m_entries.at(index).keys == m_entries.at(index).defaults;
}

QString ShortcutScheme::conflict(const QKeySequence &key, const QString &except) const
{
    if (key.isEmpty())
        return QString();
    for (const Entry &entry : m_entries) {
        if (entry.name != except && entry.keys.contains(key))
            return entry.name;
    }
    return QString();
}

QString ShortcutScheme::conflictOf(const QList<QKeySequence> &keys, const QString &except) const
{
    for (const QKeySequence &key : keys) {
        const QString other = conflict(key, except);
        if (!other.isEmpty())
            return other;
    }
    return QString();
}

bool ShortcutScheme::setShortcuts(const QString &name, const QList<QKeySequence> &keys, QString *conflictWith)
{
    const int index = indexOf(name);
    if (index < 0)
        return false;
    QList<QKeySequence> cleaned;
    for (const QKeySequence &key : keys) {
        if (key.isEmpty())
            continue;
        if (cleaned.contains(key)) {
            // The same key twice for one action is a conflict with itself: say so rather than drop it silently.
            if (conflictWith)
                *conflictWith = name;
            return false;
        }
        cleaned << key;
    }
    const QString other = conflictOf(cleaned, name);
    if (!other.isEmpty()) {
        if (conflictWith)
            *conflictWith = other;
        return false;
    }
    m_entries[index].keys = cleaned;
    return true;
}

bool ShortcutScheme::reset(const QString &name, QString *conflictWith)
{
    return setShortcuts(name, defaults(name), conflictWith);
}

void ShortcutScheme::resetAll()
{
    for (Entry &entry : m_entries)
        entry.keys = entry.defaults;
}

QString ShortcutScheme::settingsKey(const QString &name)
{
    return QStringLiteral("shortcuts/") + name;
}

int ShortcutScheme::load(const QSettings &settings)
{
    // Start from the defaults, then apply the stored entries in two passes: first free every key a stored entry
    // moves away from, so that swapping two actions' keys reads back regardless of the order of the entries.
    resetAll();
    QList<int> stored;
    QList<QList<QKeySequence>> storedKeys;
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString key = settingsKey(m_entries.at(i).name);
        if (!settings.contains(key))
            continue;
        const QString text = settings.value(key).toString().trimmed();
        const QList<QKeySequence> keys
            = text.isEmpty() ? QList<QKeySequence>() : QKeySequence::listFromString(text, QKeySequence::PortableText);
        bool readable = true;
        for (const QKeySequence &sequence : keys)
            readable = readable && !sequence.isEmpty() && sequence[0].key() != Qt::Key_unknown;
        if (!readable)
            continue;
        stored << i;
        storedKeys << withoutEmpty(keys);
    }
    for (int i : std::as_const(stored))
        m_entries[i].keys.clear();
    int changed = 0;
    for (int n = 0; n < stored.size(); ++n) {
        Entry &entry = m_entries[stored.at(n)];
        if (conflictOf(storedKeys.at(n), entry.name).isEmpty()) {
            entry.keys = storedKeys.at(n);
        } else {
            // Refused: the action keeps its defaults where those are still free, else nothing.
            for (const QKeySequence &key : std::as_const(entry.defaults)) {
                if (conflict(key, entry.name).isEmpty())
                    entry.keys << key;
            }
        }
        if (entry.keys != entry.defaults)
            ++changed;
    }
    return changed;
}

void ShortcutScheme::save(QSettings &settings) const
{
    for (const Entry &entry : m_entries) {
        const QString key = settingsKey(entry.name);
        if (entry.keys == entry.defaults)
            settings.remove(key);
        else
            settings.setValue(key, QKeySequence::listToString(entry.keys, QKeySequence::PortableText));
    }
}

QString ShortcutScheme::plainText(const QString &menuText)
{
    QString text = menuText;
    // "&&" is a literal ampersand; any other "&" marks the mnemonic.
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QStringLiteral("...")))
        text.chop(3);
    else if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QString ShortcutScheme::toolTip(const QString &name) const
{
    const int index = indexOf(name);
    if (index < 0)
        return QString();
    const Entry &entry = m_entries.at(index);
    if (entry.keys.isEmpty())
        return entry.text;
    return tr("%1 (%2)").arg(entry.text, QKeySequence::listToString(entry.keys, QKeySequence::NativeText));
}
