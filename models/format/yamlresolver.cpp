#include "yamlresolver.h"

#include <QRegularExpression>

namespace {

// The expressions of PyYAML's resolver.py with the verbose-mode whitespace removed. PyYAML selects candidate
// resolvers by the first character of the value; that selection is reproduced by the switch below. Python's `$`
// also matches before a final newline, exactly as PCRE's default `$` does.
const QRegularExpression &boolExpression()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"));
    return re;
}

const QRegularExpression &floatExpression()
{
    static const QRegularExpression re(QStringLiteral("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                                                      "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                                                      "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                                                      "|[-+]?\\.(?:inf|Inf|INF)"
                                                      "|\\.(?:nan|NaN|NAN))$"));
    return re;
}

const QRegularExpression &intExpression()
{
    static const QRegularExpression re(QStringLiteral("^(?:[-+]?0b[0-1_]+"
                                                      "|[-+]?0[0-7_]+"
                                                      "|[-+]?(?:0|[1-9][0-9_]*)"
                                                      "|[-+]?0x[0-9a-fA-F_]+"
                                                      "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$"));
    return re;
}

const QRegularExpression &nullExpression()
{
    static const QRegularExpression re(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    return re;
}

const QRegularExpression &timestampExpression()
{
    static const QRegularExpression re(QStringLiteral("^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                                                      "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                                                      "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
                                                      ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                                                      "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$"));
    return re;
}

bool matches(const QRegularExpression &re, const QString &text)
{
    return re.match(text).hasMatch();
}

} // namespace

bool YamlResolver::resolvesToString(const QString &text)
{
    if (text.isEmpty())
        return false; // null
    const QChar first = text.at(0);
    switch (first.unicode()) {
    case 'y':
    case 'Y':
    case 't':
    case 'T':
    case 'f':
    case 'F':
    case 'o':
    case 'O':
        return !matches(boolExpression(), text);
    case 'n':
    case 'N':
        return !matches(boolExpression(), text) && !matches(nullExpression(), text);
    case '~':
        return !matches(nullExpression(), text);
    case '-':
    case '+':
        return !matches(floatExpression(), text) && !matches(intExpression(), text);
    case '.':
        return !matches(floatExpression(), text);
    case '<':
        return !(text == QLatin1String("<<") || text == QLatin1String("<<\n"));
    case '=':
        return !(text == QLatin1String("=") || text == QLatin1String("=\n"));
    case '!':
    case '&':
    case '*':
        return !(text.size() == 1 || (text.size() == 2 && text.at(1) == QLatin1Char('\n')));
    default:
        break;
    }
    if (first >= QLatin1Char('0') && first <= QLatin1Char('9'))
        return !matches(floatExpression(), text) && !matches(intExpression(), text)
            && !matches(timestampExpression(), text);
    return true;
}
