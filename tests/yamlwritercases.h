#pragma once

// Cases for tst_yamlwriter: every expected text was produced once by PyYAML 6.0.3 with
// yaml.safe_dump(data, sort_keys=True, allow_unicode=True, width=80) and pasted here, so the test needs no python.
// Field rows dump {key: value}; entry rows dump {"transcript": [item]} without its first line.

#include "episode.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QVariant>
#include <QtTest>

#include <limits>
#include <optional>

namespace YamlWriterCases {

/** A QString from a UTF-8 literal, embedded NULs included (QString::fromUtf8(const char *) would stop there). */
template<int N> QString u8(const char (&text)[N])
{
    return QString::fromUtf8(text, N - 1);
}

template<int N> QByteArray b8(const char (&text)[N])
{
    return QByteArray(text, N - 1);
}

inline TranscriptEntry makeEntry(TranscriptEntry::Kind kind, const QString &text, std::optional<QString> who,
    std::optional<qint64> sec, std::optional<QString> time, const QVariantMap &extra)
{
    TranscriptEntry entry;
    entry.kind = kind;
    entry.text = text;
    entry.speaker = who;
    entry.seconds = sec;
    entry.time = time;
    entry.extra = extra;
    return entry;
}

// Generated once with PyYAML 6.0.3: yaml.safe_dump(data, sort_keys=True, allow_unicode=True, width=80).
/** String values; with `readBackOnly`, without characters whose meaning differs between YAML 1.1 and yaml-cpp's 1.2
 * (NEL/LS/PS are breaks only in 1.1) or that yaml-cpp rejects. */
inline void addStringRows(bool readBackOnly)
{
    QTest::newRow("string/sexagesimal int") << QStringLiteral("line") << QVariant(u8("1:02")) << b8("line: '1:02'\n");
    QTest::newRow("string/zero minutes") << QStringLiteral("line") << QVariant(u8("0:14")) << b8("line: 0:14\n");
    QTest::newRow("string/59:51") << QStringLiteral("line") << QVariant(u8("59:51")) << b8("line: '59:51'\n");
    QTest::newRow("string/h:mm:ss") << QStringLiteral("line") << QVariant(u8("1:06:26")) << b8("line: '1:06:26'\n");
    QTest::newRow("string/bad sexagesimal") << QStringLiteral("line") << QVariant(u8("1:60")) << b8("line: 1:60\n");
    QTest::newRow("string/99:999") << QStringLiteral("line") << QVariant(u8("99:999")) << b8("line: 99:999\n");
    QTest::newRow("string/signed sexagesimal")
        << QStringLiteral("line") << QVariant(u8("-1:02")) << b8("line: '-1:02'\n");
    QTest::newRow("string/sexagesimal float")
        << QStringLiteral("line") << QVariant(u8("1:02.5")) << b8("line: '1:02.5'\n");
    QTest::newRow("string/yes") << QStringLiteral("line") << QVariant(u8("yes")) << b8("line: 'yes'\n");
    QTest::newRow("string/Yes") << QStringLiteral("line") << QVariant(u8("Yes")) << b8("line: 'Yes'\n");
    QTest::newRow("string/YES") << QStringLiteral("line") << QVariant(u8("YES")) << b8("line: 'YES'\n");
    QTest::newRow("string/yEs") << QStringLiteral("line") << QVariant(u8("yEs")) << b8("line: yEs\n");
    QTest::newRow("string/no") << QStringLiteral("line") << QVariant(u8("No")) << b8("line: 'No'\n");
    QTest::newRow("string/on") << QStringLiteral("line") << QVariant(u8("on")) << b8("line: 'on'\n");
    QTest::newRow("string/OFF") << QStringLiteral("line") << QVariant(u8("OFF")) << b8("line: 'OFF'\n");
    QTest::newRow("string/true") << QStringLiteral("line") << QVariant(u8("true")) << b8("line: 'true'\n");
    QTest::newRow("string/False") << QStringLiteral("line") << QVariant(u8("False")) << b8("line: 'False'\n");
    QTest::newRow("string/y") << QStringLiteral("line") << QVariant(u8("y")) << b8("line: y\n");
    QTest::newRow("string/n") << QStringLiteral("line") << QVariant(u8("n")) << b8("line: n\n");
    QTest::newRow("string/null") << QStringLiteral("line") << QVariant(u8("null")) << b8("line: 'null'\n");
    QTest::newRow("string/Null") << QStringLiteral("line") << QVariant(u8("Null")) << b8("line: 'Null'\n");
    QTest::newRow("string/NULL") << QStringLiteral("line") << QVariant(u8("NULL")) << b8("line: 'NULL'\n");
    QTest::newRow("string/nUll") << QStringLiteral("line") << QVariant(u8("nUll")) << b8("line: nUll\n");
    QTest::newRow("string/tilde") << QStringLiteral("line") << QVariant(u8("~")) << b8("line: '~'\n");
    QTest::newRow("string/empty") << QStringLiteral("line") << QVariant(u8("")) << b8("line: ''\n");
    QTest::newRow("string/int") << QStringLiteral("line") << QVariant(u8("123")) << b8("line: '123'\n");
    QTest::newRow("string/negative int") << QStringLiteral("line") << QVariant(u8("-17")) << b8("line: '-17'\n");
    QTest::newRow("string/plus int") << QStringLiteral("line") << QVariant(u8("+5")) << b8("line: '+5'\n");
    QTest::newRow("string/octal") << QStringLiteral("line") << QVariant(u8("017")) << b8("line: '017'\n");
    QTest::newRow("string/not octal") << QStringLiteral("line") << QVariant(u8("09")) << b8("line: 09\n");
    QTest::newRow("string/hex") << QStringLiteral("line") << QVariant(u8("0x1F")) << b8("line: '0x1F'\n");
    QTest::newRow("string/0o") << QStringLiteral("line") << QVariant(u8("0o17")) << b8("line: 0o17\n");
    QTest::newRow("string/binary") << QStringLiteral("line") << QVariant(u8("0b101")) << b8("line: '0b101'\n");
    QTest::newRow("string/underscore int") << QStringLiteral("line") << QVariant(u8("1_000")) << b8("line: '1_000'\n");
    QTest::newRow("string/1e3") << QStringLiteral("line") << QVariant(u8("1e3")) << b8("line: 1e3\n");
    QTest::newRow("string/1.0e+3") << QStringLiteral("line") << QVariant(u8("1.0e+3")) << b8("line: '1.0e+3'\n");
    QTest::newRow("string/1e+3") << QStringLiteral("line") << QVariant(u8("1e+3")) << b8("line: 1e+3\n");
    QTest::newRow("string/float") << QStringLiteral("line") << QVariant(u8("1.5")) << b8("line: '1.5'\n");
    QTest::newRow("string/float dot") << QStringLiteral("line") << QVariant(u8("1.")) << b8("line: '1.'\n");
    QTest::newRow("string/dot float") << QStringLiteral("line") << QVariant(u8(".5")) << b8("line: '.5'\n");
    QTest::newRow("string/inf") << QStringLiteral("line") << QVariant(u8(".inf")) << b8("line: '.inf'\n");
    QTest::newRow("string/-Inf") << QStringLiteral("line") << QVariant(u8("-.Inf")) << b8("line: '-.Inf'\n");
    QTest::newRow("string/nan") << QStringLiteral("line") << QVariant(u8(".NaN")) << b8("line: '.NaN'\n");
    QTest::newRow("string/dots") << QStringLiteral("line") << QVariant(u8("1.2.3")) << b8("line: 1.2.3\n");
    QTest::newRow("string/date") << QStringLiteral("line") << QVariant(u8("2021-01-01")) << b8("line: '2021-01-01'\n");
    QTest::newRow("string/short date") << QStringLiteral("line") << QVariant(u8("2021-1-1")) << b8("line: 2021-1-1\n");
    QTest::newRow("string/datetime") << QStringLiteral("line") << QVariant(u8("2021-01-01 10:00:00"))
                                     << b8("line: '2021-01-01 10:00:00'\n");
    QTest::newRow("string/datetime T") << QStringLiteral("line") << QVariant(u8("2001-12-14t21:59:43.10-05:00"))
                                       << b8("line: '2001-12-14t21:59:43.10-05:00'\n");
    QTest::newRow("string/merge") << QStringLiteral("line") << QVariant(u8("<<")) << b8("line: '<<'\n");
    QTest::newRow("string/value") << QStringLiteral("line") << QVariant(u8("=")) << b8("line: '='\n");
    QTest::newRow("string/leading space") << QStringLiteral("line") << QVariant(u8(" x")) << b8("line: ' x'\n");
    QTest::newRow("string/trailing space") << QStringLiteral("line") << QVariant(u8("x ")) << b8("line: 'x '\n");
    QTest::newRow("string/only space") << QStringLiteral("line") << QVariant(u8(" ")) << b8("line: ' '\n");
    QTest::newRow("string/dash space") << QStringLiteral("line") << QVariant(u8("- x")) << b8("line: '- x'\n");
    QTest::newRow("string/dash") << QStringLiteral("line") << QVariant(u8("-x")) << b8("line: -x\n");
    QTest::newRow("string/lone dash") << QStringLiteral("line") << QVariant(u8("-")) << b8("line: '-'\n");
    QTest::newRow("string/question") << QStringLiteral("line") << QVariant(u8("? x")) << b8("line: '? x'\n");
    QTest::newRow("string/question word") << QStringLiteral("line") << QVariant(u8("?x")) << b8("line: ?x\n");
    QTest::newRow("string/colon space") << QStringLiteral("line") << QVariant(u8(": x")) << b8("line: ': x'\n");
    QTest::newRow("string/colon word") << QStringLiteral("line") << QVariant(u8(":x")) << b8("line: :x\n");
    QTest::newRow("string/key value") << QStringLiteral("line") << QVariant(u8("a: b")) << b8("line: 'a: b'\n");
    QTest::newRow("string/colon inside") << QStringLiteral("line") << QVariant(u8("a:b")) << b8("line: a:b\n");
    QTest::newRow("string/trailing colon") << QStringLiteral("line") << QVariant(u8("Note:")) << b8("line: 'Note:'\n");
    QTest::newRow("string/space hash") << QStringLiteral("line") << QVariant(u8("a #b")) << b8("line: 'a #b'\n");
    QTest::newRow("string/hash inside") << QStringLiteral("line") << QVariant(u8("a#b")) << b8("line: a#b\n");
    QTest::newRow("string/leading hash") << QStringLiteral("line") << QVariant(u8("#x")) << b8("line: '#x'\n");
    QTest::newRow("string/apostrophe") << QStringLiteral("line") << QVariant(u8("it's")) << b8("line: it's\n");
    QTest::newRow("string/double quotes")
        << QStringLiteral("line") << QVariant(u8("say \"hi\"")) << b8("line: say \"hi\"\n");
    QTest::newRow("string/leading double quote")
        << QStringLiteral("line") << QVariant(u8("\"quoted\"")) << b8("line: '\"quoted\"'\n");
    QTest::newRow("string/leading single quote")
        << QStringLiteral("line") << QVariant(u8("'single'")) << b8("line: '''single'''\n");
    QTest::newRow("string/both quotes") << QStringLiteral("line") << QVariant(u8("He said \"it's\""))
                                        << b8("line: He said \"it's\"\n");
    QTest::newRow("string/laughs") << QStringLiteral("line") << QVariant(u8("[laughs]")) << b8("line: '[laughs]'\n");
    QTest::newRow("string/laughs inside")
        << QStringLiteral("line") << QVariant(u8("Right [laughs] yes")) << b8("line: Right [laughs] yes\n");
    QTest::newRow("string/braces") << QStringLiteral("line") << QVariant(u8("{a}")) << b8("line: '{a}'\n");
    QTest::newRow("string/brace inside") << QStringLiteral("line") << QVariant(u8("a{b}")) << b8("line: a{b}\n");
    QTest::newRow("string/comma") << QStringLiteral("line") << QVariant(u8("x, y")) << b8("line: x, y\n");
    QTest::newRow("string/lead comma") << QStringLiteral("line") << QVariant(u8(",x")) << b8("line: ',x'\n");
    QTest::newRow("string/bang") << QStringLiteral("line") << QVariant(u8("! x")) << b8("line: '! x'\n");
    QTest::newRow("string/amp") << QStringLiteral("line") << QVariant(u8("&x")) << b8("line: '&x'\n");
    QTest::newRow("string/star") << QStringLiteral("line") << QVariant(u8("*x")) << b8("line: '*x'\n");
    QTest::newRow("string/pipe") << QStringLiteral("line") << QVariant(u8("|")) << b8("line: '|'\n");
    QTest::newRow("string/gt") << QStringLiteral("line") << QVariant(u8("> x")) << b8("line: '> x'\n");
    QTest::newRow("string/percent") << QStringLiteral("line") << QVariant(u8("%x")) << b8("line: '%x'\n");
    QTest::newRow("string/at") << QStringLiteral("line") << QVariant(u8("@x")) << b8("line: '@x'\n");
    QTest::newRow("string/backtick") << QStringLiteral("line") << QVariant(u8("`x`")) << b8("line: '`x`'\n");
    QTest::newRow("string/doc start") << QStringLiteral("line") << QVariant(u8("---")) << b8("line: '---'\n");
    QTest::newRow("string/doc start text") << QStringLiteral("line") << QVariant(u8("--- x")) << b8("line: '--- x'\n");
    QTest::newRow("string/doc end") << QStringLiteral("line") << QVariant(u8("...")) << b8("line: '...'\n");
    QTest::newRow("string/ellipsis word") << QStringLiteral("line") << QVariant(u8("...and")) << b8("line: '...and'\n");
    QTest::newRow("string/curly quotes") << QStringLiteral("line") << QVariant(u8("“Quoted” it’s – dash — done…"))
                                         << b8("line: “Quoted” it’s – dash — done…\n");
    QTest::newRow("string/leading curly")
        << QStringLiteral("line") << QVariant(u8("“Data” is king")) << b8("line: “Data” is king\n");
    QTest::newRow("string/emoji") << QStringLiteral("line") << QVariant(u8("ok \360\237\230\200"))
                                  << b8("line: ok \360\237\230\200\n");
    QTest::newRow("string/nbsp") << QStringLiteral("line") << QVariant(u8("a b")) << b8("line: a b\n");
    QTest::newRow("string/cjk") << QStringLiteral("line") << QVariant(u8("日本語")) << b8("line: 日本語\n");
    QTest::newRow("string/tab") << QStringLiteral("line") << QVariant(u8("a\011b")) << b8("line: \"a\\tb\"\n");
    QTest::newRow("string/bell") << QStringLiteral("line") << QVariant(u8("bell\007")) << b8("line: \"bell\\a\"\n");
    QTest::newRow("string/escape char") << QStringLiteral("line") << QVariant(u8("\033[0m"))
                                        << b8("line: \"\\e[0m\"\n");
    if (!readBackOnly)
        QTest::newRow("string/nul") << QStringLiteral("line") << QVariant(u8("a\000b")) << b8("line: \"a\\0b\"\n");
    QTest::newRow("string/DEL") << QStringLiteral("line") << QVariant(u8("a\177b")) << b8("line: \"a\\x7Fb\"\n");
    QTest::newRow("string/C1") << QStringLiteral("line") << QVariant(u8("a\302\237b")) << b8("line: \"a\\x9Fb\"\n");
    if (!readBackOnly)
        QTest::newRow("string/NEL") << QStringLiteral("line") << QVariant(u8("a\302\205b"))
                                    << b8("line: 'a\302\205  b'\n");
    QTest::newRow("string/BOM inside") << QStringLiteral("line") << QVariant(u8("a\357\273\277b"))
                                       << b8("line: \"a\\uFEFFb\"\n");
    if (!readBackOnly)
        QTest::newRow("string/LS") << QStringLiteral("line") << QVariant(u8("a\342\200\250b"))
                                   << b8("line: 'a\342\200\250  b'\n");
    if (!readBackOnly)
        QTest::newRow("string/PS") << QStringLiteral("line") << QVariant(u8("a\342\200\251b"))
                                   << b8("line: 'a\342\200\251  b'\n");
    if (!readBackOnly)
        QTest::newRow("string/noncharacter")
            << QStringLiteral("line") << QVariant(u8("a\357\277\276b")) << b8("line: \"a\\uFFFEb\"\n");
    if (!readBackOnly)
        QTest::newRow("string/astral max")
            << QStringLiteral("line") << QVariant(u8("a\364\217\277\277b")) << b8("line: \"a\\U0010FFFFb\"\n");
    QTest::newRow("string/line break") << QStringLiteral("line") << QVariant(u8("one\ntwo"))
                                       << b8("line: 'one\n\n  two'\n");
    QTest::newRow("string/two breaks") << QStringLiteral("line") << QVariant(u8("one\n\ntwo"))
                                       << b8("line: 'one\n\n\n  two'\n");
    QTest::newRow("string/trailing break")
        << QStringLiteral("line") << QVariant(u8("one\n")) << b8("line: 'one\n\n  '\n");
    QTest::newRow("string/leading break")
        << QStringLiteral("line") << QVariant(u8("\none")) << b8("line: '\n\n  one'\n");
    QTest::newRow("string/space before break")
        << QStringLiteral("line") << QVariant(u8("one \ntwo")) << b8("line: \"one \\ntwo\"\n");
    QTest::newRow("string/space after break")
        << QStringLiteral("line") << QVariant(u8("one\n two")) << b8("line: \"one\\n two\"\n");
    QTest::newRow("string/backslash") << QStringLiteral("line") << QVariant(u8("a\\b")) << b8("line: a\\b\n");
    QTest::newRow("string/long plain")
        << QStringLiteral("line")
        << QVariant(
               u8("both him into him state another just also how out through me are years a also come see very a well m"
                  "ade know now another be an than or had these may for will may were too time just would"))
        << b8("line: both him into him state another just also how out through me are years a also\n"
              "  come see very a well made know now another be an than or had these may for will\n"
              "  may were too time just would\n");
    QTest::newRow("string/long single")
        << QStringLiteral("line")
        << QVariant(
               u8("Note: great another right being most not do his will too by two a not time had about at these one ow"
                  "n and also come Mr two were it last only an him these with will so over our might said"))
        << b8("line: 'Note: great another right being most not do his will too by two a not time\n"
              "  had about at these one own and also come Mr two were it last only an him these with\n"
              "  will so over our might said'\n");
    QTest::newRow("string/long double")
        << QStringLiteral("line")
        << QVariant(
               u8("\007 my world never who may many a some he to a day come no another get other world have state being"
                  " year should day our its than did out all just many as were to by could state him his \007"))
        << b8("line: \"\\a my world never who may many a some he to a day come no another get other\\\n"
              "  \\ world have state being year should day our its than did out all just many as were\\\n"
              "  \\ to by could state him his \\a\"\n");
    QTest::newRow("string/long double with spaces")
        << QStringLiteral("line")
        << QVariant(
               u8("\011word word word word word word word word word word word word word word word word word word word w"
                  "ord word word word word word word word word word word  x  y"))
        << b8("line: \"\\tword word word word word word word word word word word word word word word\\\n"
              "  \\ word word word word word word word word word word word word word word word  x\\\n"
              "  \\  y\"\n");
    QTest::newRow("string/long double escapes")
        << QStringLiteral("line")
        << QVariant(u8(
               "é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001"
               " é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001 é\001"
               " é\001 é\001 é\001 é\001 é\001 é\001 "))
        << b8("line: \"é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01\\"
              "\n  \\ é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01\\\n"
              "  \\ é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01 é\\x01\\\n"
              "  \\ é\\x01 \"\n");
    QTest::newRow("string/long word")
        << QStringLiteral("line")
        << QVariant(
               u8("start xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx end"
                  " had way day first other now it see more we"))
        << b8("line: start xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
              "xx\n  end had way day first other now it see more we\n");
    QTest::newRow("string/long words only")
        << QStringLiteral("line")
        << QVariant(
               u8("yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
                  " zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
                  "z"))
        << b8("line: yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
              "yyyyyy\n  zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"
              "zzzzzzzzzz\n");
    QTest::newRow("string/double spaces")
        << QStringLiteral("line")
        << QVariant(
               u8("alpha  beta alpha  beta alpha  beta alpha  beta alpha  beta alpha  beta alpha  beta alpha  beta alph"
                  "a  beta alpha  beta alpha  beta alpha  beta"))
        << b8("line: alpha  beta alpha  beta alpha  beta alpha  beta alpha  beta alpha  beta alpha  beta\n"
              "  alpha  beta alpha  beta alpha  beta alpha  beta alpha  beta\n");
    QTest::newRow("string/long single breaks")
        << QStringLiteral("line")
        << QVariant(
               u8("it's two world the these years made off even other was over its through will the after way had get d"
                  "o\nnever so new day of are these not she each for should in such like them had three might their"))
        << b8("line: 'it''s two world the these years made off even other was over its through will\n"
              "  the after way had get do\n\n  never so new day of are these not she each for should in such like t"
              "hem had three\n  might their'\n");
    QTest::newRow("string/long line 1811")
        << QStringLiteral("line")
        << QVariant(
               u8("even would because with by great but years three his day up he not good how at only are come too on "
                  "go one into three on used three because with about it since her my how she old which right our again"
                  "st will or take right no much but off be go on said under us little man work three own back such new"
                  " will other this used such last being did world any by which another how been did would life how for"
                  " I since right man did before under take own at are may get be on over used world first well many in"
                  " men must has they being on its any were new because should under this been world each off do all st"
                  "ate off do Mr through way them would had who would them them to both will these first of there how u"
                  "s where go me you another as own against should because each should or between each on no at what ve"
                  "ry him an did as or the came would great from years that by what your would some many years get one "
                  "they both work here between over had she or did these here him know in said might back there year th"
                  "at might such are time know years been through into us old never made into if only each than so know"
                  " being through is is do long time if many world before years this about or than long out also said b"
                  "etween the here many had which down so here who good after not because men each had we has you is wo"
                  "uld work there get before their off off were in to or last all good if up is some up my never only m"
                  "ost time year how were on must see three know how never were us would last same a very will of would"
                  " when she get which since on most know might since between have against his new no then for from day"
                  " still against is be make most day another so then still same us here day new while time against so "
                  "world all Mr one should make man by only little by up like one their years she some all work about b"
                  "ut because."))
        << b8("line: even would because with by great but years three his day up he not good how\n"
              "  at only are come too on go one into three on used three because with about it since\n"
              "  her my how she old which right our against will or take right no much but off be\n"
              "  go on said under us little man work three own back such new will other this used\n"
              "  such last being did world any by which another how been did would life how for I\n"
              "  since right man did before under take own at are may get be on over used world first\n"
              "  well many in men must has they being on its any were new because should under this\n"
              "  been world each off do all state off do Mr through way them would had who would\n"
              "  them them to both will these first of there how us where go me you another as own\n"
              "  against should because each should or between each on no at what very him an did\n"
              "  as or the came would great from years that by what your would some many years get\n"
              "  one they both work here between over had she or did these here him know in said\n"
              "  might back there year that might such are time know years been through into us old\n"
              "  never made into if only each than so know being through is is do long time if many\n"
              "  world before years this about or than long out also said between the here many had\n"
              "  which down so here who good after not because men each had we has you is would work\n"
              "  there get before their off off were in to or last all good if up is some up my never\n"
              "  only most time year how were on must see three know how never were us would last\n"
              "  same a very will of would when she get which since on most know might since between\n"
              "  have against his new no then for from day still against is be make most day another\n"
              "  so then still same us here day new while time against so world all Mr one should\n"
              "  make man by only little by up like one their years she some all work about but because.\n");
    QTest::newRow("string/long emoji double")
        << QStringLiteral("line")
        << QVariant(u8(
               "\360\237\230\200\001 down most being \360\237\230\200\001 down most being \360\237\230\200\001 down "
               "most being \360\237\230\200\001 down most being \360\237\230\200\001 down most being \360\237\230\200"
               "\001 down most being \360\237\230\200\001 down most being \360\237\230\200\001 down most being \360\237"
               "\230\200\001 down most being \360\237\230\200\001 down most being "))
        << b8("line: \"\\U0001F600\\x01 down most being \\U0001F600\\x01 down most being \\U0001F600\\x01\\\n"
              "  \\ down most being \\U0001F600\\x01 down most being \\U0001F600\\x01 down most being\\\n"
              "  \\ \\U0001F600\\x01 down most being \\U0001F600\\x01 down most being \\U0001F600\\x01 down\\\n"
              "  \\ most being \\U0001F600\\x01 down most being \\U0001F600\\x01 down most being \"\n");
}

/** Values of the other types, collections included. */
inline void addValueRows()
{
    QTest::newRow("value/int zero") << QStringLiteral("guests") << QVariant(qint64(0)) << b8("guests: 0\n");
    QTest::newRow("value/int") << QStringLiteral("guests") << QVariant(63) << b8("guests: 63\n");
    QTest::newRow("value/negative int") << QStringLiteral("guests") << QVariant(qint64(-5)) << b8("guests: -5\n");
    QTest::newRow("value/big int") << QStringLiteral("guests") << QVariant(qint64(9007199254740993))
                                   << b8("guests: 9007199254740993\n");
    QTest::newRow("value/double") << QStringLiteral("guests") << QVariant(1.5) << b8("guests: 1.5\n");
    QTest::newRow("value/double third") << QStringLiteral("guests") << QVariant(1.0 / 3.0)
                                        << b8("guests: 0.3333333333333333\n");
    QTest::newRow("value/double integral") << QStringLiteral("guests") << QVariant(2.0) << b8("guests: 2.0\n");
    QTest::newRow("value/double 1e16") << QStringLiteral("guests") << QVariant(1e16) << b8("guests: 1.0e+16\n");
    QTest::newRow("value/double 1e15") << QStringLiteral("guests") << QVariant(1e15)
                                       << b8("guests: 1000000000000000.0\n");
    QTest::newRow("value/double 1e-5") << QStringLiteral("guests") << QVariant(1e-5) << b8("guests: 1.0e-05\n");
    QTest::newRow("value/double 0.0001") << QStringLiteral("guests") << QVariant(0.0001) << b8("guests: 0.0001\n");
    QTest::newRow("value/double -0") << QStringLiteral("guests") << QVariant(-0.0) << b8("guests: -0.0\n");
    QTest::newRow("value/double tiny") << QStringLiteral("guests") << QVariant(-2.5e-300) << b8("guests: -2.5e-300\n");
    QTest::newRow("value/double inf") << QStringLiteral("guests") << QVariant(std::numeric_limits<double>::infinity())
                                      << b8("guests: .inf\n");
    QTest::newRow("value/double -inf") << QStringLiteral("guests") << QVariant(-std::numeric_limits<double>::infinity())
                                       << b8("guests: -.inf\n");
    QTest::newRow("value/double nan") << QStringLiteral("guests") << QVariant(std::numeric_limits<double>::quiet_NaN())
                                      << b8("guests: .nan\n");
    QTest::newRow("value/bool true") << QStringLiteral("guests") << QVariant(true) << b8("guests: true\n");
    QTest::newRow("value/bool false") << QStringLiteral("guests") << QVariant(false) << b8("guests: false\n");
    QTest::newRow("value/null") << QStringLiteral("guests") << QVariant::fromValue(nullptr) << b8("guests: null\n");
    QTest::newRow("value/invalid") << QStringLiteral("guests") << QVariant() << b8("guests: null\n");
    QTest::newRow("value/date") << QStringLiteral("guests") << QVariant(QDate(2022, 2, 27))
                                << b8("guests: 2022-02-27\n");
    QTest::newRow("value/datetime") << QStringLiteral("guests") << QVariant(QDateTime(QDate(2021, 1, 1), QTime(10, 0)))
                                    << b8("guests: 2021-01-01 10:00:00\n");
    QTest::newRow("value/datetime with offset")
        << QStringLiteral("guests")
        << QVariant(QDateTime(QDate(2001, 12, 14), QTime(21, 59, 43, 100), Qt::OffsetFromUTC, -5 * 3600))
        << b8("guests: 2001-12-14 21:59:43.100000-05:00\n");
    QTest::newRow("value/empty list") << QStringLiteral("guests") << QVariant(QVariantList()) << b8("guests: []\n");
    QTest::newRow("value/empty map") << QStringLiteral("guests") << QVariant(QVariantMap()) << b8("guests: {}\n");
    QTest::newRow("value/list") << QStringLiteral(
        "guests") << QVariant(QVariantList { QStringLiteral("alexey"), QStringLiteral("1:02"), qint64(3) })
                                << b8("guests:\n- alexey\n- '1:02'\n- 3\n");
    QTest::newRow("value/string list") << QStringLiteral("guests")
                                       << QVariant(QStringList { QStringLiteral("a"), QStringLiteral("yes") })
                                       << b8("guests:\n- a\n- 'yes'\n");
    QTest::newRow("value/map") << QStringLiteral("guests")
                               << QVariant(QVariantMap { { QStringLiteral("youtube"), QStringLiteral("0Gqx1LtqRZU") },
                                      { QStringLiteral("anchor"),
                                          QStringLiteral("AB-Testing---Jakob-Graff-e1eq73v") } })
                               << b8("guests:\n  anchor: AB-Testing---Jakob-Graff-e1eq73v\n"
                                     "  youtube: 0Gqx1LtqRZU\n");
    QTest::newRow("value/list of maps")
        << QStringLiteral("guests")
        << QVariant(QVariantList {
               QVariantMap { { QStringLiteral("name"), QStringLiteral("Intro: start") },
                   { QStringLiteral("startOffset"), qint64(0) }, { QStringLiteral("endOffset"), qint64(63) } },
               QVariantMap { { QStringLiteral("name"),
                                 QStringLiteral("Guest background would first there it another little day all last day "
                                                "came a three than had is for her back or") },
                   { QStringLiteral("startOffset"), qint64(63) } } })
        << b8("guests:\n- endOffset: 63\n  name: 'Intro: start'\n"
              "  startOffset: 0\n- name: Guest background would first there it another little day all last day came"
              "\n    a three than had is for her back or\n"
              "  startOffset: 63\n");
    QTest::newRow("value/nested lists") << QStringLiteral(
        "guests") << QVariant(QVariantList { QVariantList { qint64(1), qint64(2) }, QVariantList(), QVariantMap() })
                                        << b8("guests:\n- - 1\n  - 2\n- []\n- {}\n");
    QTest::newRow("value/nested maps") << QStringLiteral("guests")
                                       << QVariant(QVariantMap { { QStringLiteral("b"),
                                              QVariantMap {
                                                  { QStringLiteral("c"), QVariantList { QStringLiteral("x") } },
                                                  { QStringLiteral("a"), QString() } } } })
                                       << b8("guests:\n  b:\n    a: ''\n    c:\n    - x\n");
    QTest::newRow("value/map with odd keys")
        << QStringLiteral("guests")
        << QVariant(QVariantMap { { QStringLiteral("yes"), qint64(1) }, { QStringLiteral("a b"), qint64(2) },
               { QStringLiteral("1:02"), qint64(3) }, { QString(), qint64(4) },
               { QString(122, QLatin1Char('k')), qint64(5) }, { QString(123, QLatin1Char('q')), qint64(6) } })
        << b8("guests:\n  ? ''\n  : 4\n  '1:02': 3\n  a b: 2\n"
              "  kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk"
              "kkkkkkkkkkkkkkkkkkkkkkkk: 5\n  ? qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"
              "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq\n"
              "  : 6\n  'yes': 1\n");
}

inline void addEntryRows()
{
    QTest::newRow("header") << makeEntry(TranscriptEntry::Kind::Header, u8("Podcast Introduction"),
        std::optional<QString>(), std::optional<qint64>(), std::optional<QString>(), QVariantMap())
                            << b8("- header: Podcast Introduction\n");
    QTest::newRow("header needing quotes") << makeEntry(TranscriptEntry::Kind::Header, u8("Q&A: audience questions"),
        std::optional<QString>(), std::optional<qint64>(), std::optional<QString>(), QVariantMap())
                                           << b8("- header: 'Q&A: audience questions'\n");
    QTest::newRow("long header")
        << makeEntry(TranscriptEntry::Kind::Header,
               u8("Guest background your still since with a us other life these the own at never great are last be get "
                  "some I"),
               std::optional<QString>(), std::optional<qint64>(), std::optional<QString>(), QVariantMap())
        << b8("- header: Guest background your still since with a us other life these the own at\n"
              "    never great are last be get some I\n");
    QTest::newRow("line only") << makeEntry(TranscriptEntry::Kind::Line, u8("Yeah, thanks for having me."),
        std::optional<QString>(), std::optional<qint64>(), std::optional<QString>(), QVariantMap())
                               << b8("- line: Yeah, thanks for having me.\n");
    QTest::newRow("line and who") << makeEntry(TranscriptEntry::Kind::Line, u8("Yeah, thanks for having me."),
        std::optional<QString>(u8("Jakob")), std::optional<qint64>(), std::optional<QString>(), QVariantMap())
                                  << b8("- line: Yeah, thanks for having me.\n  who: Jakob\n");
    QTest::newRow("line sec time") << makeEntry(TranscriptEntry::Kind::Line, u8("Okay."), std::optional<QString>(),
        std::optional<qint64>(14), std::optional<QString>(u8("0:14")), QVariantMap())
                                   << b8("- line: Okay.\n  sec: 14\n  time: 0:14\n");
    QTest::newRow("line sec only") << makeEntry(TranscriptEntry::Kind::Line, u8("Okay."), std::optional<QString>(),
        std::optional<qint64>(14), std::optional<QString>(), QVariantMap())
                                   << b8("- line: Okay.\n  sec: 14\n");
    QTest::newRow("line time only") << makeEntry(TranscriptEntry::Kind::Line, u8("Okay."), std::optional<QString>(),
        std::optional<qint64>(), std::optional<QString>(u8("0:14")), QVariantMap())
                                    << b8("- line: Okay.\n  time: 0:14\n");
    QTest::newRow("all keys")
        << makeEntry(TranscriptEntry::Kind::Line,
               u8("I'm especially curious about the last point – the pizza dough. But maybe this is something that we'l"
                  "l talk about later. But before we go into our main topic of A/B tests, let's start with your backgro"
                  "und."),
               std::optional<QString>(u8("Alexey")), std::optional<qint64>(85), std::optional<QString>(u8("1:25")),
               QVariantMap())
        << b8("- line: I'm especially curious about the last point – the pizza dough. But maybe this\n"
              "    is something that we'll talk about later. But before we go into our main topic\n"
              "    of A/B tests, let's start with your background.\n"
              "  sec: 85\n  time: '1:25'\n  who: Alexey\n");
    QTest::newRow("all keys minutes") << makeEntry(TranscriptEntry::Kind::Line, u8("Sure."),
        std::optional<QString>(u8("Alexey")), std::optional<qint64>(3591), std::optional<QString>(u8("59:51")),
        QVariantMap())
                                      << b8("- line: Sure.\n  sec: 3591\n  time: '59:51'\n"
                                            "  who: Alexey\n");
    QTest::newRow("all keys hours") << makeEntry(TranscriptEntry::Kind::Line, u8("Sure."),
        std::optional<QString>(u8("Alexey")), std::optional<qint64>(3986), std::optional<QString>(u8("1:06:26")),
        QVariantMap())
                                    << b8("- line: Sure.\n  sec: 3986\n  time: '1:06:26'\n"
                                          "  who: Alexey\n");
    QTest::newRow("empty time") << makeEntry(TranscriptEntry::Kind::Line, u8("Sure."),
        std::optional<QString>(u8("Alexey")), std::optional<qint64>(5), std::optional<QString>(u8("")), QVariantMap())
                                << b8("- line: Sure.\n  sec: 5\n  time: ''\n  who: Alexey\n");
    QTest::newRow("odd time") << makeEntry(TranscriptEntry::Kind::Line, u8("Sure."),
        std::optional<QString>(u8("Alexey")), std::optional<qint64>(5), std::optional<QString>(u8("99:999")),
        QVariantMap())
                              << b8("- line: Sure.\n  sec: 5\n  time: 99:999\n"
                                    "  who: Alexey\n");
    QTest::newRow("speaker yes") << makeEntry(TranscriptEntry::Kind::Line, u8("Sure."),
        std::optional<QString>(u8("Yes")), std::optional<qint64>(0), std::optional<QString>(u8("0:00")), QVariantMap())
                                 << b8("- line: Sure.\n  sec: 0\n  time: 0:00\n  who: 'Yes'\n");
    QTest::newRow("empty line") << makeEntry(TranscriptEntry::Kind::Line, u8(""), std::optional<QString>(u8("Alexey")),
        std::optional<qint64>(0), std::optional<QString>(u8("0:00")), QVariantMap())
                                << b8("- line: ''\n  sec: 0\n  time: 0:00\n  who: Alexey\n");
    QTest::newRow("quoted line")
        << makeEntry(TranscriptEntry::Kind::Line,
               u8("'Single' start and it's long enough to fold: these can said them see being way I here any it out I t"
                  "here made could like came her to between on both two from"),
               std::optional<QString>(u8("Alexey")), std::optional<qint64>(63), std::optional<QString>(u8("1:03")),
               QVariantMap())
        << b8("- line: '''Single'' start and it''s long enough to fold: these can said them see being\n"
              "    way I here any it out I there made could like came her to between on both two\n"
              "    from'\n  sec: 63\n  time: '1:03'\n  who: Alexey\n");
    QTest::newRow("double quoted line")
        << makeEntry(TranscriptEntry::Kind::Line,
               u8("Control \001 its life my know any men work work which off so over had get a my see I day still two d"
                  "own what what I take are she last these"),
               std::optional<QString>(u8("Alexey")), std::optional<qint64>(63), std::optional<QString>(u8("1:03")),
               QVariantMap())
        << b8("- line: \"Control \\x01 its life my know any men work work which off so over had get\\\n"
              "    \\ a my see I day still two down what what I take are she last these\"\n"
              "  sec: 63\n  time: '1:03'\n  who: Alexey\n");
    QTest::newRow("line with break")
        << makeEntry(TranscriptEntry::Kind::Line,
               u8("First paragraph.\nSecond paragraph back were same do an years them under both should that we"),
               std::optional<QString>(u8("Alexey")), std::optional<qint64>(63), std::optional<QString>(u8("1:03")),
               QVariantMap())
        << b8("- line: 'First paragraph.\n\n    Second paragraph back were same do an years them under both should "
              "that we'\n  sec: 63\n  time: '1:03'\n  who: Alexey\n");
    QTest::newRow("long line 1811")
        << makeEntry(TranscriptEntry::Kind::Line,
               u8("even would because with by great but years three his day up he not good how at only are come too on "
                  "go one into three on used three because with about it since her my how she old which right our again"
                  "st will or take right no much but off be go on said under us little man work three own back such new"
                  " will other this used such last being did world any by which another how been did would life how for"
                  " I since right man did before under take own at are may get be on over used world first well many in"
                  " men must has they being on its any were new because should under this been world each off do all st"
                  "ate off do Mr through way them would had who would them them to both will these first of there how u"
                  "s where go me you another as own against should because each should or between each on no at what ve"
                  "ry him an did as or the came would great from years that by what your would some many years get one "
                  "they both work here between over had she or did these here him know in said might back there year th"
                  "at might such are time know years been through into us old never made into if only each than so know"
                  " being through is is do long time if many world before years this about or than long out also said b"
                  "etween the here many had which down so here who good after not because men each had we has you is wo"
                  "uld work there get before their off off were in to or last all good if up is some up my never only m"
                  "ost time year how were on must see three know how never were us would last same a very will of would"
                  " when she get which since on most know might since between have against his new no then for from day"
                  " still against is be make most day another so then still same us here day new while time against so "
                  "world all Mr one should make man by only little by up like one their years she some all work about b"
                  "ut because."),
               std::optional<QString>(u8("Alexey")), std::optional<qint64>(4000), std::optional<QString>(u8("1:06:40")),
               QVariantMap())
        << b8("- line: even would because with by great but years three his day up he not good how\n"
              "    at only are come too on go one into three on used three because with about it\n"
              "    since her my how she old which right our against will or take right no much but\n"
              "    off be go on said under us little man work three own back such new will other\n"
              "    this used such last being did world any by which another how been did would life\n"
              "    how for I since right man did before under take own at are may get be on over\n"
              "    used world first well many in men must has they being on its any were new because\n"
              "    should under this been world each off do all state off do Mr through way them\n"
              "    would had who would them them to both will these first of there how us where go\n"
              "    me you another as own against should because each should or between each on no\n"
              "    at what very him an did as or the came would great from years that by what your\n"
              "    would some many years get one they both work here between over had she or did\n"
              "    these here him know in said might back there year that might such are time know\n"
              "    years been through into us old never made into if only each than so know being\n"
              "    through is is do long time if many world before years this about or than long\n"
              "    out also said between the here many had which down so here who good after not\n"
              "    because men each had we has you is would work there get before their off off were\n"
              "    in to or last all good if up is some up my never only most time year how were\n"
              "    on must see three know how never were us would last same a very will of would\n"
              "    when she get which since on most know might since between have against his new\n"
              "    no then for from day still against is be make most day another so then still same\n"
              "    us here day new while time against so world all Mr one should make man by only\n"
              "    little by up like one their years she some all work about but because.\n"
              "  sec: 4000\n  time: '1:06:40'\n  who: Alexey\n");
    QTest::newRow("extra keys") << makeEntry(TranscriptEntry::Kind::Line, u8("Hello."),
        std::optional<QString>(u8("Alexey")), std::optional<qint64>(1), std::optional<QString>(u8("0:01")),
        QVariantMap { { QStringLiteral("note"), QVariant(u8("checked")) }, { QStringLiteral("a"), QVariant(qint64(7)) },
            { QStringLiteral("zz"), QVariant(u8("yes")) } })
                                << b8("- a: 7\n  line: Hello.\n  note: checked\n"
                                      "  sec: 1\n  time: 0:01\n  who: Alexey\n  zz: 'yes'\n");
    QTest::newRow("header extra") << makeEntry(TranscriptEntry::Kind::Header, u8("Intro"), std::optional<QString>(),
        std::optional<qint64>(), std::optional<QString>(),
        QVariantMap { { QStringLiteral("id"), QVariant(u8("intro")) } })
                                  << b8("- header: Intro\n  id: intro\n");
}

inline QByteArray expectedDocument()
{
    return b8("dateadded: 2022-02-27\nepisode: 6\nguests:\n"
              "- jakobgraff\nids:\n  anchor: AB-Testing---Jakob-Graff-e1eq73v\n"
              "  youtube: 0Gqx1LtqRZU\nintro: How do you design product experiments the life still just like she Mr"
              " many\n  your man which made the most also because which out to my some much be should down\n"
              "  I back little then with do or as any would new two good same man\n"
              "season: 7\nshort: A/B Testing\ntitle: 'Product Analytics & A/B Testing: Causality'\n"
              "topics: []\ntranscript:\n- header: Podcast Introduction\n"
              "- line: I'm especially curious about the last point – the pizza dough. But maybe this\n"
              "    is something that we'll talk about later. But before we go into our main topic\n"
              "    of A/B tests, let's start with your background.\n"
              "  sec: 63\n  time: '1:03'\n  who: Alexey\n");
}

inline QString documentIntro()
{
    return u8("How do you design product experiments the life still just like she Mr many your man which made the m"
              "ost also because which out to my some much be should down I back little then with do or as any would"
              " new two good same man");
}

inline QString entryLine()
{
    return u8("I'm especially curious about the last point – the pizza dough. But maybe this is something that we'l"
              "l talk about later. But before we go into our main topic of A/B tests, let's start with your backgro"
              "und.");
}

} // namespace YamlWriterCases
