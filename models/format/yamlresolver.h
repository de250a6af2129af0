#pragma once

#include <QString>

/**
 * The implicit tag resolution of PyYAML's default (YAML 1.1) resolver, as far as the writer needs it: whether a
 * plain scalar with this text would read back as a string. When it would not (`'1:02'` is a sexagesimal int,
 * `yes` a bool, `2021-01-01` a timestamp, `''` null), a string value must be quoted.
 */
class YamlResolver
{
public:
    /** True when a plain scalar `text` resolves to !!str (no int/float/bool/null/timestamp/merge/value match). */
    static bool resolvesToString(const QString &text);
};
