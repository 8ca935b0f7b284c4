#!/usr/bin/env python3
"""Importe le zonage des aides au logement (données ouvertes, ../shared/donnees) dans les ressources du moteur.

Usage : outils/importer-zonage-logement.py [DOSSIER_DONNEES]
Écrit moteur-droits/src/main/resources/donnees/zonage-logement.csv : code INSEE;zone (1, 2 ou 3).
La zone « 1bis » du fichier source est la zone I des aides au logement (arrêté du 17 mars 1978 modifié) :
elle est écrite 1. Les communes présentes seulement dans la liste des communes (communes nouvelles) y sont
ajoutées avec la zone de la commune déléguée la plus proche quand elle est connue, sinon 3.
"""
import csv
import os
import sys

source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "donnees")
cible = os.path.join(os.path.dirname(__file__), "..", "moteur-droits", "src", "main", "resources", "donnees", "zonage-logement.csv")

zones = {}
with open(os.path.join(source, "zonage-apl-communes.csv"), encoding="utf-8") as f:
    for ligne in csv.DictReader(f):
        zones[ligne["CODGEO"]] = "1" if ligne["Zonage"] == "1bis" else ligne["Zonage"]

with open(os.path.join(source, "communes-coordonnees.csv"), encoding="utf-8") as f:
    for ligne in csv.DictReader(f):
        code = ligne["insee_com"]
        if code not in zones:
            parente = ligne.get("insee_parente") or ""
            zones[code] = zones.get(parente, "3")

with open(cible, "w", encoding="utf-8", newline="\n") as f:
    f.write("# Zonage des aides au logement par commune (code INSEE;zone). Source : zonage APL (données ouvertes,\n")
    f.write("# État) et liste des communes INSEE 2024 ; importé par outils/importer-zonage-logement.py.\n")
    for code in sorted(zones):
        f.write(f"{code};{zones[code]}\n")
print(f"{len(zones)} communes écrites dans {os.path.normpath(cible)}")
