#pragma once

#include "episode.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

/**
 * Writes YAML exactly as PyYAML's `yaml.safe_dump(data, sort_keys=True, allow_unicode=True, width=80)` does,
 * so that edited items look as if the site's own tooling wrote them.
 *
 * Mapping keys sorted; block sequences not indented under their key ("- item"); scalars plain where YAML 1.1
 * allows and where a plain scalar would not read back as another type (`'1:02'` is quoted, `0:14` is not),
 * otherwise single-quoted (with ''), otherwise double-quoted with escapes; long scalars folded at spaces once
 * the column passes 80, continuation lines indented as PyYAML indents them.
 *
 * Values: QString, integers, double (Python repr: `1.0e+16`, `.inf`, `-0.0`), bool, null (invalid QVariant or
 * nullptr), QDate / QDateTime (as PyYAML writes date and datetime), QVariantList / QStringList, QVariantMap /
 * QVariantHash (keys sorted by code point, as Python sorts). Empty collections are written `[]` and `{}`.
 * The emitter itself is YamlEmitter; this class is its public face.
 */
class YamlWriter
{
public:
    /** One transcript item as it stands in the list: "- line: ...\n  sec: 0\n  time: 0:00\n  who: Alexey\n". */
    static QByteArray entry(const TranscriptEntry &entry);
    /** One top-level key with its value: "title: 'A: B'\n", "guests:\n- name\n", ... */
    static QByteArray field(const QString &key, const QVariant &value);
    /** A whole document: a mapping written as safe_dump writes it (no "---", no "..."). */
    static QByteArray document(const QVariantMap &mapping);
};
