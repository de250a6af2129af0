#pragma once

class Episode;

/**
 * How a recovery copy differs from the file it belongs to, in words a user can weigh before choosing Restore or
 * Discard: transcript items changed, added and removed, and top-level metadata keys changed.
 *
 * Items are compared by value (kind, text, speaker, sec, time) as multisets: an item found in both counts as
 * unchanged wherever it moved. Of the rest, as many as pair up are "changed", the surplus is "added" or "removed".
 * Linear in the number of items (a hash per item), so it is instant even at 100,000 lines.
 */
struct RecoveryDiff
{
    int changed = 0;
    int added = 0;
    int removed = 0;
    int metadataChanged = 0;

    static RecoveryDiff compare(const Episode &original, const Episode &copy);
    bool isEmpty() const { return changed == 0 && added == 0 && removed == 0 && metadataChanged == 0; }
    /** Items that differ in any way (changed + added + removed). */
    int items() const { return changed + added + removed; }
};
