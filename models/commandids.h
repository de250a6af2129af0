#pragma once

/**
 * QUndoCommand::id() values of commands that merge through mergeWith(). One list for the whole project so that
 * two unrelated commands never share an id by accident. Commands that never merge return -1 (the default).
 */
namespace CommandIds {

enum : int {
    SetText = 1, ///< typing in one cell: consecutive SetTextCommands on one entry within a typing burst
    SetMetadata = 2, ///< editing one metadata key repeatedly within a typing burst
};

} // namespace CommandIds
