#!/usr/bin/env bash
# Banc du dépistage (docs/benchmarks.md) : génère N ménages (graine fixe), les dépiste en embarqué (tas de 1 Gio,
# 2 fils), puis, si SPARK=1, les mêmes avec le job Spark en mode local[2]. Note la charge de la machine avant et après.
#   outils/banc-depistage.sh [N] [DOSSIER]
set -euo pipefail
racine="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000000}"
dossier="${2:-/tmp/banc-depistage}"
mkdir -p "$dossier"
rm -rf "$dossier/embarque" "$dossier/spark"
echo "== machine : $(nproc) cœurs, $(free -g | awk '/Mem:/{print $2}') Gio, $(uname -r)"
echo "== charge avant : $(uptime)"
"$racine/bin/depistage" --aide >/dev/null  # construit ce qui manque hors mesure
/usr/bin/time -f "génération : %e s écoulées, %U s CPU, RSS max %M Kio" \
  "$racine/bin/depistage" genere --nombre "$n" --graine 2026 --periode 2025-07 --fils 2 --sortie "$dossier/population.csv"
ls -l "$dossier/population.csv"
echo "== charge avant dépistage : $(uptime)"
/usr/bin/time -f "dépistage embarqué : %e s écoulées, %U s CPU, RSS max %M Kio" \
  "$racine/bin/depistage" depiste "$dossier/population.csv" --fils 2 --sortie "$dossier/embarque"
echo "== charge après dépistage : $(uptime)"
ls -l "$dossier/embarque"
if [[ "${SPARK:-0}" == "1" ]]; then
  /usr/bin/time -f "Spark local[2] : %e s écoulées, %U s CPU, RSS max %M Kio" \
    "$racine/bin/depistage" spark --master 'local[2]' "$dossier/population.csv" --sortie "$dossier/spark" 2>&1 | grep -v " INFO "
  python3 - "$dossier" <<'PY'
import json, sys, glob
d = sys.argv[1]
a = json.load(open(d + "/embarque/synthese.json"))
b = json.loads("".join(open(f).read() for f in glob.glob(d + "/spark/synthese/part-*")))
print("synthèse Spark identique à l'embarquée :", a == b)
PY
  echo "== charge après Spark : $(uptime)"
fi
