#!/usr/bin/env bash
# Analyses the bundled example and the PolNeAR dev texts with the hearsay
# binary, scores them against the hand annotations in SHARED/gold, prints the
# figures and fails below the acceptance bars.
#
# Bars: every figure of the analyze issue's acceptance list is enforced at
# its bar, except where the figure has not reached it yet: such a figure is
# enforced at a floor just under its current value, so a regression fails
# the gate, and the distance to the bar is printed as "below target". A
# figure moves from TARGETS to the enforced list when it reaches its bar.
#
#   scripts/quality-gate.sh [SHARED_DIR] [HEARSAY_BINARY]
set -euo pipefail
shared=${1:-../shared}
bin=${2:-./bin/hearsay}
out=${OUT_DIR:-$(mktemp -d)}
mkdir -p "$out/polnear-dev"

"$bin" analyze --format json --id panjshir-2021-09 "$shared/examples/panjshir-2021-09.txt" > "$out/panjshir-2021-09.json"

# PolNeAR dev: outlet and date from its metadata table; two analyses at a time.
meta="$shared/data/polnear/metadata.tsv"
analyse() {
	local f=$1 name outlet published
	name=$(basename "$f" .txt)
	IFS=$'\t' read -r outlet published < <(awk -F'\t' -v n="$name" '$2==n {print $5"\t"$6; exit}' "$meta") || true
	"$bin" analyze --format json --id "$name" ${outlet:+--outlet "$outlet"} ${published:+--published "$published"} "$f" > "$out/polnear-dev/$name.json"
}
export -f analyse
export bin meta out
ls "$shared"/data/polnear/dev/text/*.txt | xargs -P "${JOBS:-2}" -I{} bash -c 'analyse "$1"' _ {}

status=0
echo "== example: $shared/gold/panjshir-2021-09.json"
python3 "$shared/tools/score.py" "$shared/gold/panjshir-2021-09.json" "$out/panjshir-2021-09.json" \
	--min attribution=0.90 --min source=0.90 --min cue=0.90 --min chain=0.60 --min source_kind=0.80 \
	--min cue_type=0.80 --min entity_mention=0.85 --min entity_linking=0.80 --min metonym_demonym=0.85 \
	--min designation=1 --min certainty=0.70 --min event=0.60 --min event_type=0.60 --min relation=0.33 \
	--min relays=1 || status=1
echo "== PolNeAR dev: $shared/gold/polnear-dev"
python3 "$shared/tools/score.py" --univocal "$shared/gold/polnear-dev" "$out/polnear-dev" \
	--min attribution=0.70 --min cue=0.75 --min source=0.65 || status=1

# Bars not reached yet (figure=bar): reported, not enforced. Every bar of
# the analyze issue is met and enforced above.
TARGETS=""
python3 "$shared/tools/score.py" --univocal --json "$shared/gold/polnear-dev" "$out/polnear-dev" |
	python3 -c '
import json, sys
figures = json.load(sys.stdin)
for t in sys.argv[1].split():
    name, bar = t.split("=")
    f1 = figures[name]["f1"]
    state = "met" if f1 >= float(bar) else "below target"
    print(f"PolNeAR dev {name} F1 {f1:.3f}: {state} (bar {bar})")
' "$TARGETS"
exit $status
