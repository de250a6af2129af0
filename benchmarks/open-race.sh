#!/bin/bash
# Open race: the editor against Aegisub on the same long transcript, in one run on one display, as a user meets it.
#
#   bash benchmarks/open-race.sh [LINES] [ROUNDS]        (defaults 100000 and 5)
#
# Each round starts each program with a fresh HOME on a tiny file and on the long one, and times from the start of the
# process to its main window showing the file (our title names the episode, Aegisub's the file). The long file's own
# cost is its time less the tiny file's (start-up, fonts, first window) in the same round. Peak memory is VmHWM two
# seconds after the window showed the file. The long episode repeats the transcript of
# tests/data/semiconductors-to-ml.md; Aegisub gets the same lines as SRT (our `export --cues paragraph`: one cue per
# spoken line; section headers are rows in our table but not cues).
#
# Needs Xvfb and xdotool (install-deps.sh installs both) and, for the other side, Aegisub (`apt-get install
# aegisub`) and a C compiler: Debian's wxWidgets keeps its debug assertions, which open modal dialogs in Aegisub 3.2
# on Debian 12, so a two-line preload turns wx's assertion handler off for the Aegisub process only. Without Aegisub
# only our side is measured. TE_APP overrides the editor (default build/app/transcript-editor).
set -euo pipefail

lines=${1:-100000}
rounds=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
app=${TE_APP:-$root/build/app/transcript-editor}
aegisub=$(command -v aegisub-3.2 || command -v aegisub || true)
[ -x "$app" ] || { echo "open-race: no editor at $app (build first, or set TE_APP)" >&2; exit 1; }
for tool in Xvfb xdotool; do
    command -v $tool >/dev/null || { echo "open-race: $tool is needed (bash scripts/install-deps.sh)" >&2; exit 1; }
done

work=$(mktemp -d)
display=:$((90 + RANDOM % 100))
xvfb=
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# The files: the fixture's transcript repeated to LINES items, titled so that the window title shows the load is done.
fixture=$root/tests/data/semiconductors-to-ml.md
awk -v n="$lines" '
    { line[NR] = $0 }
    $0 == "transcript:" && !list { list = NR }
    $0 == "---" && NR > 1 { close_at = NR }
    END {
        for (i = 1; i <= list; ++i) print (line[i] ~ /^title: / ? "title: Race long" : line[i])
        for (k = 0; k < n;)
            for (i = list + 1; i < close_at; ++i) {
                if (substr(line[i], 1, 2) == "- " && k++ == n) break
                print line[i]
            }
        for (i = close_at; i <= NR; ++i) print line[i]
    }' "$fixture" > "$work/long.md"
printf -- '---\ntitle: Race tiny\ntranscript:\n- line: Hello.\n  sec: 0\n  time: 0:00\n  who: Ana\n---\n' > "$work/tiny.md"
for f in tiny long; do
    "$app" export "$work/$f.md" -o "$work/$f.srt" --cues paragraph
done
echo "long episode: $(stat -c %s "$work/long.md") bytes, $(grep -c '^- ' "$work/long.md") items;" \
    "as SRT: $(stat -c %s "$work/long.srt") bytes, $(grep -c -- '-->' "$work/long.srt") cues"

if [ -n "$aegisub" ]; then
    printf 'extern void *wxTheAssertHandler;\n__attribute__((constructor)) static void off(void) { wxTheAssertHandler = 0; }\n' \
        > "$work/noassert.c"
    cc -shared -fPIC -o "$work/noassert.so" "$work/noassert.c"
else
    echo "Aegisub not found: measuring the editor only"
fi

Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
export DISPLAY=$display
sleep 1

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# run FILE TITLE-REGEX COMMAND...: prints "ms peak_kB"; a start that fails at once (now and then a client cannot
# connect to Xvfb while it is busy) is tried again, up to three times.
run() {
    local attempt result
    for attempt in 1 2 3; do
        result=$(run_once "$@")
        [ "${result%% *}" != failed ] && break
    done
    echo "${result/failed/timeout}"
}

# run_once FILE TITLE-REGEX COMMAND...: prints "ms peak_kB", "timeout peak_kB", or "failed 0" when the process ended
run_once() {
    local file=$1 pattern=$2
    shift 2
    local home
    home=$(mktemp -d "$work/home.XXXX")
    local start
    start=$(now_ms)
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share XDG_CACHE_HOME=$home/.cache \
        "$@" "$file" >"$work/app.log" 2>&1 &
    local pid=$! ready=
    while [ $(($(now_ms) - start)) -lt 60000 ] && kill -0 "$pid" 2>/dev/null; do
        if xdotool search --onlyvisible --name "$pattern" >/dev/null 2>&1; then
            ready=$(($(now_ms) - start))
            break
        fi
        sleep 0.01
    done
    if [ -z "$ready" ]; then # say why, on stderr, and keep going
        local status=running
        kill -0 "$pid" 2>/dev/null || { wait "$pid" && status=0 || status=$?; }
        { echo "open-race: $* $file: no window showing the file (process: $status); its output:"; tail -5 "$work/app.log"; } >&2
        if [ "$status" != running ]; then
            echo "failed 0"
            return
        fi
    fi
    sleep 2
    local peak
    peak=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
    kill "$pid" 2>/dev/null || true
    sleep 0.5
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "${ready:-timeout} $peak"
}

declare -A results
for ((r = 1; r <= rounds; ++r)); do
    for f in tiny long; do
        results[ours-$f]+="$(run "$work/$f.md" "^Race $f" "$app")"$'\n'
        if [ -n "$aegisub" ]; then
            results[aegisub-$f]+="$(run "$work/$f.srt" "^$f.srt - Aegisub" env WXSUPPRESS_SIZER_FLAGS_CHECK=1 \
                LD_PRELOAD="$work/noassert.so" "$aegisub")"$'\n'
        fi
    done
    echo "round $r of $rounds (ms, peak kB): ours $(printf '%s' "${results[ours-tiny]}" | tail -1), $(printf '%s' \
        "${results[ours-long]}" | tail -1)${aegisub:+; Aegisub $(printf '%s' "${results[aegisub-tiny]}" | tail -1), \
$(printf '%s' "${results[aegisub-long]}" | tail -1)}"
done

# Per program: each round's long - tiny; best and median over the rounds.
summarise() {
    local who=$1
    paste -d' ' <(printf '%s' "${results[$who-tiny]}") <(printf '%s' "${results[$who-long]}") | awk -v who="$who" '
        $1 == "timeout" || $3 == "timeout" { bad = 1; next }
        { tiny[++n] = $1; long[n] = $3; own[n] = $3 - $1; peak = $4 > peak ? $4 : peak }
        function median(a, m,   i, j, t) {
            for (i = 1; i <= m; ++i) for (j = i + 1; j <= m; ++j) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
            return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
        }
        END {
            if (!n) { printf "%-9s no round finished (window never showed the file)\n", who; exit }
            printf "%-9s tiny file %5d ms   long file %5d ms   long less tiny: best %5d ms, median %5d ms   peak %4d MB%s\n",
                who, median(tiny, n), median(long, n), ownbest(), median(own, n), peak / 1024, bad ? "  (some rounds timed out)" : ""
        }
        function ownbest(   i, b) { b = own[1]; for (i = 2; i <= n; ++i) if (own[i] < b) b = own[i]; return b }'
}
echo
echo "start of the process to the window showing the file (medians of $rounds rounds; peak = largest VmHWM):"
summarise ours
[ -n "$aegisub" ] && summarise aegisub
exit 0
