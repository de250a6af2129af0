// The translation catalogues translations/*.ts: complete (no unfinished, vanished or obsolete entries, so a new
// string cannot ship untranslated), and each translation keeps its source's placeholders and mnemonic. Whether the
// catalogues are up to date with the sources is the ctest test translations_up_to_date (lupdate into a temporary
// copy, scripts/update-translations.sh --check).
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogue_data();
    void catalogue();
};

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or one per numerus form
    qint64 line = 0;
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message();
            current.context = context;
            current.line = xml.lineNumber();
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either text, or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

bool hasMnemonic(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(^|[^&])&[^&\\s]"));
    return re.match(text).hasMatch();
}

} // namespace

void TestTranslations::catalogue_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(TestSupport::dataDir() + QStringLiteral("/../../translations"));
    const QStringList files = dir.entryList({ QStringLiteral("transcript-editor_*.ts") }, QDir::Files, QDir::Name);
    QVERIFY(files.contains(QStringLiteral("transcript-editor_de.ts")));
    QVERIFY(files.contains(QStringLiteral("transcript-editor_es.ts")));
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << dir.absoluteFilePath(name);
}

void TestTranslations::catalogue()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readCatalogue(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where
            = QStringLiteral("%1:%2: %3 \"%4\"").arg(QFileInfo(path).fileName()).arg(m.line).arg(m.context, m.source);
        if (!m.type.isEmpty()) {
            problems << where + QStringLiteral(": ") + m.type;
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << where + QStringLiteral(": empty translation");
                continue;
            }
            if (placeholders(t) != placeholders(m.source))
                problems << where
                        + QStringLiteral(": placeholders %1 in \"%2\"").arg(placeholders(t).join(QLatin1Char(',')), t);
            if (hasMnemonic(t) != hasMnemonic(m.source))
                problems << where + QStringLiteral(": mnemonic (&) missing or added in \"%1\"").arg(t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
