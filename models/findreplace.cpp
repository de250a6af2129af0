#include "findreplace.h"

#include "transcriptmodel.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

QRegularExpression expressionFor(const FindOptions &options)
{
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(options.regex ? options.pattern : QRegularExpression::escape(options.pattern), flags);
}

/** The replacement text for one regex match: \N, $N, ${name} become captures; \\ and $$ a literal character. */
QString expand(const QString &replacement, const QRegularExpressionMatch &match)
{
    QString out;
    out.reserve(replacement.size());
    for (int i = 0; i < replacement.size(); ++i) {
        const QChar c = replacement.at(i);
        const QChar next = i + 1 < replacement.size() ? replacement.at(i + 1) : QChar();
        if ((c == QLatin1Char('\\') || c == QLatin1Char('$')) && next.isDigit()) {
            out += match.captured(next.digitValue());
            ++i;
        } else if (c == QLatin1Char('\\') && next == QLatin1Char('\\')) {
            out += c;
            ++i;
        } else if (c == QLatin1Char('$') && next == QLatin1Char('$')) {
            out += c;
            ++i;
        } else if (c == QLatin1Char('$') && next == QLatin1Char('{')) {
            const int close = replacement.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0) {
                out += c;
                continue;
            }
            out += match.captured(replacement.mid(i + 2, close - i - 2));
            i = close;
        } else {
            out += c;
        }
    }
    return out;
}

struct RowMatch
{
    int column;
    int position;
    int length;
};

QList<RowMatch> rowMatches(
    const TranscriptModel *model, int row, const QRegularExpression &re, const FindOptions &options)
{
    QList<RowMatch> out;
    const TranscriptEntry &e = model->entry(row);
    const auto collect = [&](const QString &text, int column) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() > 0)
                out.append({ column, int(m.capturedStart()), int(m.capturedLength()) });
        }
    };
    if (options.inSpeakers && e.isLine() && e.speaker)
        collect(*e.speaker, TranscriptModel::SpeakerColumn);
    if (options.inText)
        collect(e.text, TranscriptModel::TextColumn);
    return out;
}

} // namespace

QString FindReplace::validate(const FindOptions &options)
{
    if (options.pattern.isEmpty())
        return QCoreApplication::translate("FindReplace", "Nothing to find.");
    if (!options.inText && !options.inSpeakers)
        return QCoreApplication::translate("FindReplace", "Choose where to search: text, speakers or both.");
    const QRegularExpression re = expressionFor(options);
    if (!re.isValid())
        return QCoreApplication::translate("FindReplace", "Invalid regular expression at character %1: %2")
            .arg(re.patternErrorOffset() + 1)
            .arg(re.errorString());
    return QString();
}

QList<QPair<int, int>> FindReplace::matches(const QString &text, const FindOptions &options)
{
    QList<QPair<int, int>> out;
    const QRegularExpression re = expressionFor(options);
    if (options.pattern.isEmpty() || !re.isValid())
        return out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            out.append({ int(m.capturedStart()), int(m.capturedLength()) });
    }
    return out;
}

QList<FindMatch> FindReplace::matches(const TranscriptModel *model, const FindOptions &options)
{
    QList<FindMatch> out;
    if (!validate(options).isEmpty())
        return out;
    const QRegularExpression re = expressionFor(options);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (const RowMatch &m : rowMatches(model, row, re, options))
            out.append({ row, m.column, m.position, m.length });
    }
    return out;
}

int FindReplace::findNext(const TranscriptModel *model, const FindOptions &options, int fromRow, bool backwards,
    int *position, int *length, int *column)
{
    const int rows = model->rowCount();
    if (rows == 0 || !validate(options).isEmpty())
        return -1;
    const QRegularExpression re = expressionFor(options);
    const bool hasCursor = position && *position >= 0 && fromRow >= 0 && fromRow < rows;
    const int cursorColumn = column && *column >= 0 ? *column : int(TranscriptModel::TextColumn);
    const int cursorPosition = hasCursor ? *position : 0;
    if (fromRow < 0 || fromRow >= rows)
        fromRow = backwards ? rows - 1 : 0;
    const auto before = [&](const RowMatch &m) {
        return m.column < cursorColumn || (m.column == cursorColumn && m.position < cursorPosition);
    };
    const auto found = [&](int row, const RowMatch &m) {
        if (position)
            *position = m.position;
        if (length)
            *length = m.length;
        if (column)
            *column = m.column;
        return row;
    };
    // The cursor row is visited first (from the cursor on) and once more at the end of the wrap (up to the cursor).
    for (int step = 0; step <= rows; ++step) {
        const int row = backwards ? ((fromRow - step) % rows + rows) % rows : (fromRow + step) % rows;
        const QList<RowMatch> ms = rowMatches(model, row, re, options);
        if (ms.isEmpty())
            continue;
        // On the cursor row: forwards the matches from the cursor on, backwards those before it; on the
        // second visit after wrapping, the rest.
        const auto wanted = [&](const RowMatch &m) {
            if (!hasCursor || (step > 0 && step < rows))
                return true;
            return (step == 0) == (backwards ? before(m) : !before(m));
        };
        if (!backwards) {
            for (const RowMatch &m : ms) {
                if (wanted(m))
                    return found(row, m);
            }
        } else {
            for (auto it = ms.crbegin(); it != ms.crend(); ++it) {
                if (wanted(*it))
                    return found(row, *it);
            }
        }
    }
    return -1;
}

namespace {

QString replaceWith(
    const QString &text, const QRegularExpression &re, bool regex, const QString &replacement, int *count)
{
    QString out;
    int last = 0;
    int n = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += regex ? expand(replacement, m) : replacement;
        last = int(m.capturedEnd());
        ++n;
    }
    *count = n;
    if (n == 0)
        return text;
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

QString FindReplace::replaceIn(const QString &text, const FindOptions &options, const QString &replacement, int *count)
{
    int n = 0;
    const QRegularExpression re = expressionFor(options);
    const QString out
        = options.pattern.isEmpty() || !re.isValid() ? text : replaceWith(text, re, options.regex, replacement, &n);
    if (count)
        *count = n;
    return out;
}

int FindReplace::replaceAll(TranscriptModel *model, const FindOptions &options, const QString &replacement)
{
    if (!validate(options).isEmpty())
        return 0;
    // One compiled expression for the whole model (compiling per row would dominate on long episodes).
    const QRegularExpression re = expressionFor(options);
    QHash<EntryId, QString> texts;
    QHash<EntryId, QString> speakers;
    int total = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TranscriptEntry &e = model->entry(row);
        int n = 0;
        if (options.inSpeakers && e.isLine() && e.speaker) {
            const QString s = replaceWith(*e.speaker, re, options.regex, replacement, &n);
            if (n > 0 && s != *e.speaker)
                speakers.insert(e.id, s.trimmed());
            total += n;
        }
        if (options.inText) {
            const QString t = replaceWith(e.text, re, options.regex, replacement, &n);
            if (n > 0 && t != e.text)
                texts.insert(e.id, t);
            total += n;
        }
    }
    if (texts.isEmpty() && speakers.isEmpty())
        return 0;
    model->setTexts(texts, speakers, QCoreApplication::translate("FindReplace", "Replace all (%n)", nullptr, total));
    return total;
}
