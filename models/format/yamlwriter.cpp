#include "yamlwriter.h"

#include "yamlemitter.h"

namespace {

const QByteArray transcriptKey = QByteArrayLiteral("transcript:\n");

} // namespace

QByteArray YamlWriter::entry(const TranscriptEntry &entry)
{
    // An item is written exactly as it would be inside the top-level `transcript` list: the list is not indented
    // under its key and the item's own keys sit at column two. Emitting that one-item list under its key and
    // dropping the key line reproduces every indentation and folding column of the real file.
    QVariantMap wrapper;
    wrapper.insert(QStringLiteral("transcript"), QVariantList { entry.toVariant() });
    YamlEmitter emitter;
    emitter.emitDocument(wrapper);
    return emitter.output().mid(transcriptKey.size());
}

QByteArray YamlWriter::field(const QString &key, const QVariant &value)
{
    // Every key of a block mapping at the top level is written the same way whatever its neighbours are.
    QVariantMap wrapper;
    wrapper.insert(key, value);
    return document(wrapper);
}

QByteArray YamlWriter::document(const QVariantMap &mapping)
{
    YamlEmitter emitter;
    emitter.emitDocument(mapping);
    return emitter.output();
}
