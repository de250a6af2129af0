#include "episodefile.h"

#include "episodeparser.h"
#include "savecheck.h"
#include "savefiletemporaries.h"
#include "yamlwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EpisodeFile", text);
}

const QString TranscriptKey = QStringLiteral("transcript");

std::function<void(QByteArray *)> &writeFault()
{
    static std::function<void(QByteArray *)> fault;
    return fault;
}

/** The save check of write() and exportCanonical(): the YAML of `bytes` must read back as the episode's data. */
std::function<bool(QString *)> checkFor(const QByteArray &bytes, const Episode &episode)
{
    return [&bytes, &episode](QString *message) {
        QString problem;
        if (SaveCheck::verify(SaveCheck::yamlPart(bytes, episode), SaveCheck::meantData(episode), &problem))
            return true;
        *message = QCoreApplication::translate("EpisodeFile",
            "The file was not saved, because a check found that the new file would not read back as the edited "
            "episode (%1). The original file is unchanged. Please report this problem.")
                       .arg(problem);
        return false;
    };
}

/** Appends one piece of the file, starting it on a fresh line when the text so far lacks a final newline. */
void appendPiece(QByteArray &out, QByteArrayView piece)
{
    if (piece.isEmpty())
        return;
    // A plain YAML file may end without a newline; anything written after its last line needs one first. A lone
    // CR, NEL, LS or PS ends a line for YAML 1.1 as well (pieces are cut after them), so nothing is added there and
    // an unedited file is written back byte for byte.
    if (!out.isEmpty() && !out.endsWith('\n') && !out.endsWith('\r') && !out.endsWith("\xC2\x85")
        && !out.endsWith("\xE2\x80\xA8") && !out.endsWith("\xE2\x80\xA9") && out != "\xEF\xBB\xBF")
        out += '\n';
    out.append(piece);
}

void appendPiece(QByteArray &out, const SourceText &piece)
{
    appendPiece(out, piece.view());
}

void appendTranscript(QByteArray &out, const Episode &episode, const MetadataField *field)
{
    const bool empty = episode.entries.isEmpty();
    const QByteArray openKey = TranscriptKey.toUtf8() + ":\n";
    if (!field || field->source.isEmpty())
        appendPiece(out, empty ? YamlWriter::field(TranscriptKey, QVariantList()) : openKey);
    else if (field->listInSource)
        appendPiece(out, empty ? field->source.view() : QByteArrayView(openKey)); // "transcript: []" now with items
    else
        appendPiece(
            out, empty ? QByteArrayView(YamlWriter::field(TranscriptKey, QVariantList())) : field->source.view());
    for (const TranscriptEntry &entry : episode.entries) {
        if (entry.source.isEmpty())
            appendPiece(out, QByteArrayView(YamlWriter::entry(entry)));
        else
            appendPiece(out, entry.source);
        appendPiece(out, entry.trailer);
    }
    if (field)
        appendPiece(out, field->trailer);
}

} // namespace

QString FileError::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

bool EpisodeFile::parse(const QByteArray &bytes, const QString &fileName, Episode *episode, FileError *error)
{
    EpisodeParser parser(bytes, fileName);
    return parser.parse(episode, error);
}

bool EpisodeFile::read(const QString &path, Episode *episode, FileError *error, QByteArray *bytesRead)
{
    QFile file(path);
    FileError e;
    e.file = path;
    if (!file.open(QIODevice::ReadOnly)) {
        e.message = tr("Cannot open the file: %1").arg(file.errorString());
    } else if (file.size() > EpisodeParser::MaxFileSize) {
        e.message = tr("The file is too large (%1 MB) to be an episode.").arg(file.size() / (1024 * 1024));
    } else {
        // The items keep ranges of these bytes for as long as the episode is open: read them into a buffer of the
        // file's size (readAll() grows its buffer by doubling, and the slack would stay), then anything appended
        // since the size was taken.
        QByteArray bytes(file.size(), Qt::Uninitialized);
        const qint64 got = file.read(bytes.data(), bytes.size());
        bytes.truncate(qMax<qint64>(0, got));
        if (got == file.size() && !file.atEnd())
            bytes += file.readAll();
        if (got >= 0 && file.error() == QFileDevice::NoError) {
            if (!parse(bytes, path, episode, error))
                return false;
            if (bytesRead)
                *bytesRead = bytes; // shared, not copied
            return true;
        }
        e.message = tr("Cannot read the file: %1").arg(file.errorString());
    }
    if (error)
        *error = e;
    return false;
}

QByteArray EpisodeFile::serialize(const Episode &episode)
{
    QByteArray out;
    qsizetype estimate = episode.opening.size() + episode.closing.size();
    for (const MetadataField &f : episode.fields)
        estimate += f.source.size() + f.trailer.size();
    for (const TranscriptEntry &e : episode.entries)
        estimate += e.source.size() + e.trailer.size() + (e.source.isEmpty() ? 200 : 0);
    out.reserve(estimate);

    appendPiece(out, episode.opening);
    bool transcriptWritten = false;
    for (const MetadataField &field : episode.fields) {
        if (field.key == TranscriptKey) {
            appendTranscript(out, episode, &field);
            transcriptWritten = true;
            continue;
        }
        if (field.source.isEmpty())
            appendPiece(out, QByteArrayView(YamlWriter::field(field.key, field.value)));
        else
            appendPiece(out, field.source);
        appendPiece(out, field.trailer);
    }
    if (!transcriptWritten && !episode.entries.isEmpty())
        appendTranscript(out, episode, nullptr); // entries without a key (e.g. built in code) are not dropped
    appendPiece(out, episode.closing);
    return out;
}

QByteArray EpisodeFile::serializeCanonical(const Episode &episode)
{
    QVariantMap mapping;
    for (const MetadataField &field : episode.fields)
        mapping.insert(field.key, field.value);
    if (episode.hasTranscript() || !episode.entries.isEmpty()) {
        QVariantList items;
        items.reserve(episode.entries.size());
        for (const TranscriptEntry &entry : episode.entries)
            items.append(entry.toVariant());
        mapping.insert(TranscriptKey, items);
    }
    return YamlWriter::document(mapping);
}

bool EpisodeFile::write(const QString &path, const Episode &episode, FileError *error, QByteArray *bytesWritten)
{
    QByteArray bytes = serialize(episode);
    if (writeFault())
        writeFault()(&bytes);
    if (!writeBytes(path, bytes, error, checkFor(bytes, episode)))
        return false;
    if (bytesWritten)
        *bytesWritten = bytes;
    return true;
}

bool EpisodeFile::exportCanonical(const QString &path, const Episode &episode, FileError *error)
{
    QByteArray bytes = serializeCanonical(episode);
    if (writeFault())
        writeFault()(&bytes);
    // The export is one plain YAML mapping: the check reads all of it.
    return writeBytes(path, bytes, error, [&](QString *message) {
        QString problem;
        if (SaveCheck::verify(bytes, SaveCheck::meantData(episode), &problem))
            return true;
        *message = tr("The file was not exported, because a check found that it would not read back as the "
                      "episode (%1). Please report this problem.")
                       .arg(problem);
        return false;
    });
}

void EpisodeFile::setWriteFaultForTesting(std::function<void(QByteArray *)> fault)
{
    writeFault() = std::move(fault);
}

bool EpisodeFile::writeBytes(
    const QString &path, const QByteArray &bytes, FileError *error, const std::function<bool(QString *)> &check)
{
    QSaveFile file(path);
    FileError e;
    e.file = path;
    if (!file.open(QIODevice::WriteOnly)) {
        e.message = tr("Cannot write the file: %1").arg(file.errorString());
    } else if (file.write(bytes) != bytes.size()) {
        e.message = tr("Cannot write the file: %1").arg(file.errorString());
        file.cancelWriting();
    } else if (check && !check(&e.message)) {
        file.cancelWriting(); // before commit: the original file stays as it was
    } else if (!file.commit()) {
        e.message = tr("Cannot save the file: %1").arg(file.errorString());
    } else {
        SaveFileTemporaries::removeStale(path); // left by an earlier save that was killed between link and rename
        return true;
    }
    if (error)
        *error = e;
    return false;
}
