#pragma once

#include "episodefile.h"
#include "transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

#include <memory>

/** Shared by the model tests: a small episode with sources, and a recorder of a model's structural signals. */
namespace ModelTest {

/** Rows: 0 header Intro; 1-3 Alexey/Dashel/Alexey at 10/15/20 s; 4 header Career; 5 Dashel 40 s; 6 Dashel untimed; 7
 * Alexey 70 s. */
inline QByteArray smallEpisodeBytes()
{
    return QByteArrayLiteral("---\n"
                             "title: Small test\n"
                             "transcript:\n"
                             "- header: Intro\n"
                             "- line: Hello there.\n"
                             "  sec: 10\n"
                             "  time: 0:10\n"
                             "  who: Alexey\n"
                             "- line: Hi Alexey, nice to be here.\n"
                             "  sec: 15\n"
                             "  time: 0:15\n"
                             "  who: Dashel\n"
                             "- line: How are you?\n"
                             "  sec: 20\n"
                             "  time: 0:20\n"
                             "  who: Alexey\n"
                             "- header: Career\n"
                             "- line: I started in semiconductors.\n"
                             "  sec: 40\n"
                             "  time: 0:40\n"
                             "  who: Dashel\n"
                             "- line: Then I moved on.\n"
                             "  who: Dashel\n"
                             "- line: Final words.\n"
                             "  sec: 70\n"
                             "  time: '1:10'\n"
                             "  who: Alexey\n"
                             "---\n"
                             "Links:\n");
}

/** An episode, a stack and a model with a tester attached. */
struct Fixture
{
    explicit Fixture(const QByteArray &bytes = smallEpisodeBytes())
    {
        FileError error;
        if (!EpisodeFile::parse(bytes, QStringLiteral("test.md"), &episode, &error))
            qFatal("fixture does not parse: %s", qPrintable(error.toString()));
        original = bytes;
        model = std::make_unique<TranscriptModel>(&episode, &stack);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
    ~Fixture() { stack.clear(); }
    QByteArray bytes() const { return EpisodeFile::serialize(episode); }

    Episode episode;
    QUndoStack stack;
    QByteArray original;
    std::unique_ptr<TranscriptModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

/** Records structural and data signals of a model as (first, last) ranges. */
struct Signals
{
    explicit Signals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted),
          removed(model, &QAbstractItemModel::rowsRemoved),
          moved(model, &QAbstractItemModel::rowsMoved),
          changed(model, &QAbstractItemModel::dataChanged),
          reset(model, &QAbstractItemModel::modelReset),
          layout(model, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
        reset.clear();
        layout.clear();
    }
    static QList<QPair<int, int>> rows(const QSignalSpy &spy)
    {
        QList<QPair<int, int>> out;
        for (const QList<QVariant> &args : spy) {
            if (args.at(0).canConvert<QModelIndex>() && args.at(0).value<QModelIndex>().isValid())
                out.append({ args.at(0).value<QModelIndex>().row(), args.at(1).value<QModelIndex>().row() });
            else
                out.append({ args.at(1).toInt(), args.at(2).toInt() });
        }
        return out;
    }
    QList<QPair<int, int>> insertedRows() const { return rows(inserted); }
    QList<QPair<int, int>> removedRows() const { return rows(removed); }
    QList<QPair<int, int>> changedRows() const { return rows(changed); }

    QSignalSpy inserted, removed, moved, changed, reset, layout;
};

using Range = QPair<int, int>;
using Ranges = QList<Range>;

inline QStringList texts(const TranscriptModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.entry(r).isHeader() ? QStringLiteral("# ") + model.entry(r).text : model.entry(r).text);
    return out;
}

} // namespace ModelTest
