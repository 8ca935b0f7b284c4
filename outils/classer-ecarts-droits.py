#!/usr/bin/env python3
"""Classe les ménages en écart avec les cas de référence, par variable et par famille d'écart connue.

Usage (après `bin/droits verifie`, qui écrit moteur-droits/target/verifie-*.jsonl) :
  python3 outils/classer-ecarts-droits.py [VARIABLE ...]

Pour chaque fichier de ../shared/droits/cas-openfisca/ et chaque variable demandée (par défaut : celles sous la
barre de 97 % et celles qui pèsent sur le total), compte les paires en désaccord (à 1 € près, comme
compare_droits.py) et les range dans une famille d'après le profil du ménage. Les familles sont des indices, pas
des preuves : chacune est décrite, avec son texte, dans docs/droits/ecarts.md. « autre » = à examiner.
"""
import glob
import gzip
import json
import os
import sys
from collections import Counter, defaultdict
from datetime import date

RACINE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CAS = os.path.join(RACINE, "..", "shared", "droits", "cas-openfisca")
RESULTATS = os.path.join(RACINE, "moteur-droits", "target")
PAR_DEFAUT = ["ars", "css_participation_forfaitaire", "cmu_c", "cheque_energie", "ppa", "af", "paje_base", "aide_logement"]


def accord(ref, calc):
    if calc is None:
        return False
    if isinstance(ref, bool) or isinstance(calc, bool):
        return bool(ref) == bool(calc)
    return abs(float(calc) - float(ref)) <= 1.0


def naissances(cas):
    return {i: date.fromisoformat(v["date_naissance"]["ETERNITY"]) for i, v in cas["situation"]["individus"].items()}


def age(n, d):
    return d.year - n.year - ((d.month, d.day) < (n.month, n.day))


def famille(variable, cas, ref, calc):
    p = cas["profile"]
    periode = date.fromisoformat(cas["period"] + "-01")
    nes = naissances(cas)
    enfants = [n for i, n in nes.items() if "_c" in i]
    adultes = [n for i, n in nes.items() if "_a" in i]
    couple_marie = p["union"] in ("marie", "pacse")
    if variable == "ars":
        annee = periode.year
        if ref and calc and abs(ref - calc) < 5:
            return "base ressources à quelques euros (salaires au-dessus du PSS)"
        if any(n.month == 12 and 6 <= annee - n.year <= 18 for n in enfants):
            return "enfant né en décembre (âge au 31 décembre, D543-1)"
        if any(age(n, date(annee, 9, 15)) == 18 for n in enfants):
            return "18 ans au 15 septembre (R543-2)"
    if variable in ("css_participation_forfaitaire", "cmu_c"):
        if periode >= date(2025, 4, 1):
            return "plafond 10 339 € au 1er avril 2025 (OpenFisca : 10 166 €) ou âge au 1er janvier"
        if variable == "css_participation_forfaitaire" and ref and calc:
            return "âge au 1er janvier (arrêté du 21 juin 2019)"
    if variable == "cheque_energie":
        n2 = date(periode.year - 2, 12, 31)
        ages = [age(n, n2) for n in adultes]
        if couple_marie and len(ages) == 2 and min(ages) >= 65:
            return "abattement 157 bis doublé pour le couple (CGI 157 bis)"
        if any(a == 65 for a in ages):
            return "65 ans dans l'année N-2 (CGI 157 bis, âge au 31 décembre)"
    if variable in ("ppa", "rsa"):
        debut = date(periode.year, periode.month, 1)
        trois_mois_avant = date(debut.year - (debut.month <= 3), (debut.month - 4) % 12 + 1, 1)
        if any(trois_mois_avant <= n < debut for n in enfants):
            return "naissance dans le trimestre de référence (PAJE avant la naissance chez OpenFisca)"
    if variable == "af" and len(enfants) == 2 and age(enfants[0], periode) == age(enfants[1], periode):
        return "deux enfants du même âge (L521-3 : seul l'aîné est exclu)"
    if variable == "paje_base" and any(age(n, periode) == 2 and (periode.year - n.year) * 12 + periode.month - n.month == 36 for n in enfants):
        return "mois du troisième anniversaire (L531-3)"
    return "autre"


def main():
    variables = sys.argv[1:] or PAR_DEFAUT
    for chemin in sorted(glob.glob(os.path.join(CAS, "*.jsonl.gz"))):
        nom = os.path.basename(chemin)[: -len(".jsonl.gz")]
        resultats_chemin = os.path.join(RESULTATS, f"verifie-{nom}.jsonl")
        if not os.path.exists(resultats_chemin):
            sys.exit(f"{resultats_chemin} manque : lancer d'abord bin/droits verifie")
        calcules = {}
        with open(resultats_chemin, encoding="utf-8") as f:
            for ligne in f:
                r = json.loads(ligne)
                calcules[r["id"]] = r.get("outputs") or {}
        familles = {v: Counter() for v in variables}
        exemples = defaultdict(list)
        with gzip.open(chemin, "rt", encoding="utf-8") as f:
            for ligne in f:
                cas = json.loads(ligne)
                for v in variables:
                    ref = cas["outputs"].get(v)
                    calc = calcules.get(cas["id"], {}).get(v)
                    if not ref and calc in (0, 0.0, False):
                        continue
                    if not accord(ref, calc):
                        fam = famille(v, cas, ref, calc)
                        familles[v][fam] += 1
                        if len(exemples[(v, fam)]) < 3:
                            exemples[(v, fam)].append(f"{cas['id']} (réf. {ref}, calculé {calc})")
        print(f"== {nom}")
        for v in variables:
            if not familles[v]:
                continue
            print(f"  {v} : {sum(familles[v].values())} écarts")
            for fam, n in familles[v].most_common():
                print(f"    {n:3d}  {fam}  ex. {', '.join(exemples[(v, fam)])}")


if __name__ == "__main__":
    main()
