#!/usr/bin/env python3
"""Importe les communes (population, superficie, coordonnées) pour le classement des communes où aller (module ateliers).

Usage : outils/importer-territoire-ateliers.py [DOSSIER_DONNEES]

Écrit application/src/main/resources/donnees/territoire-communes.csv (l'application ne lit jamais ../shared) :
code INSEE;nom;département;latitude;longitude;superficie km²;population 2021 — une ligne par commune
(type COM, les arrondissements ARM et communes déléguées COMD sont écartés : ils ne sont pas des communes
de plein exercice). Source : communes-coordonnees.csv (INSEE, La Poste, 2024). Les communes sans coordonnées,
sans superficie ou sans population sont écartées et comptées.
"""
import csv
import os
import sys

ici = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ici, "..", "..", "shared", "donnees")
cible = os.path.join(ici, "..", "application", "src", "main", "resources", "donnees", "territoire-communes.csv")

communes = {}
ecartees = 0
with open(os.path.join(source, "communes-coordonnees.csv"), encoding="utf-8") as f:
    for l in csv.DictReader(f):
        if l["commune_type"] != "COM":
            continue
        if not l["lat"] or not l["lng"] or not l["superficie_km2"] or not l["population_2021"]:
            ecartees += 1
            continue
        if l["insee_com"] in communes:
            continue  # une ligne par code postal : la première suffit
        nom = (l["commune_article"] or l["commune"]).replace(";", ",")
        communes[l["insee_com"]] = (l["insee_com"], nom, l["insee_dep"] or l["insee_com"][:2], l["lat"], l["lng"],
                                    l["superficie_km2"], str(int(float(l["population_2021"]))))

with open(cible, "w", encoding="utf-8", newline="\n") as f:
    f.write("# Communes : code INSEE;nom;département;latitude;longitude;superficie km²;population 2021.\n")
    f.write("# Source : communes-coordonnees.csv (INSEE, La Poste, 2024). Importé par outils/importer-territoire-ateliers.py.\n")
    for code in sorted(communes):
        f.write(";".join(communes[code]) + "\n")
print(f"{len(communes)} communes écrites, {ecartees} lignes écartées (coordonnées, superficie ou population absentes)")
