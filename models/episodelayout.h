#pragma once

#include <QString>

class Episode;

/**
 * The file layout that goes with a file name: a `.md` episode always has `---` front matter (the site reads only
 * that), a `.yaml`/`.yml` one is always a plain YAML mapping. Used by every route that writes an episode under a
 * name of the user's choosing (Save As in the editor, `import-captions -o` on the command line), so they agree.
 */
class EpisodeLayout
{
public:
    /**
     * Gives `episode` the layout `path`'s extension calls for (other extensions: unchanged). Returns false, with
     * `*why` set and the episode untouched, when the change would lose text: a markdown body has no place in a
     * plain YAML file.
     */
    static bool adaptToPath(Episode *episode, const QString &path, QString *why = nullptr);
};
