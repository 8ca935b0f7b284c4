#!/usr/bin/env python3
"""Importe les communes et les sites France services (données ouvertes, ../shared/donnees) dans l'application.

Usage : outils/importer-communes-et-france-services.py [DOSSIER_DONNEES]

Écrit (l'application ne lit jamais ../shared à l'exécution) :
- application/src/main/resources/donnees/communes.csv : code INSEE;code postal;nom;département;latitude;longitude
  (une ligne par commune et code postal ; source : communes-coordonnees.csv, INSEE et La Poste 2024) ;
- application/src/main/resources/db/migration/V10__france_services.sql : table france_services et ses 2 845 sites
  (source : liste ANCT des France services au 2024-08-01, Licence Ouverte 2.0). SQL portable H2 / PostgreSQL.
"""
import csv
import os
import sys

ici = os.path.dirname(os.path.abspath(__file__))
source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ici, "..", "..", "shared", "donnees")
ressources = os.path.join(ici, "..", "application", "src", "main", "resources")

# 1. Communes
lignes = []
with open(os.path.join(source, "communes-coordonnees.csv"), encoding="utf-8") as f:
    for l in csv.DictReader(f):
        if not l["lat"] or not l["lng"]:
            continue
        nom = l["commune_article"] or l["commune"]
        lignes.append((l["insee_com"], l["code_postal"], nom.replace(";", ","), l["insee_dep"] or l["insee_com"][:2],
                       l["lat"], l["lng"]))
lignes = sorted(set(lignes), key=lambda x: (x[1], x[2], x[0]))
with open(os.path.join(ressources, "donnees", "communes.csv"), "w", encoding="utf-8", newline="\n") as f:
    f.write("# Communes par code postal : code INSEE;code postal;nom;département;latitude;longitude.\n")
    f.write("# Source : communes-coordonnees.csv (INSEE, La Poste, 2024). Importé par outils/importer-communes-et-france-services.py.\n")
    for l in lignes:
        f.write(";".join(l) + "\n")
print(f"{len(lignes)} communes écrites")


# 2. France services
def sql(v):
    if v is None or v == "":
        return "NULL"
    return "'" + v.replace("'", "''") + "'"


sites = []
with open(os.path.join(source, "france-services-20240801.csv"), encoding="utf-8") as f:
    for l in csv.DictReader(f):
        adresse = l["adresse"] + (", " + l["complement_adresse"] if l["complement_adresse"] else "")
        sites.append("(" + ", ".join([
            str(int(l["id_fs"])), sql(l["lib_fs"]), sql(adresse[:300]), sql(l["code_postal"]), sql(l["lib_com"]),
            sql(l["insee_com"]), str(float(l["latitude"])), str(float(l["longitude"])), sql(l["telephone"]),
            sql(l["mail"]), sql(l["h_lundi"]), sql(l["h_mardi"]), sql(l["h_mercredi"]), sql(l["h_jeudi"]),
            sql(l["h_vendredi"]), sql(l["h_samedi"]), sql(l["prise_rdv"]), sql(l["format_fs"])]) + ")")

with open(os.path.join(ressources, "db", "migration", "V10__france_services.sql"), "w", encoding="utf-8", newline="\n") as f:
    f.write("-- Sites France services (module droits, « aide à proximité »). Source : liste ANCT des structures France services\n")
    f.write("-- au 2024-08-01, Licence Ouverte 2.0. Généré par outils/importer-communes-et-france-services.py : ne pas modifier.\n\n")
    f.write("""CREATE TABLE france_services (
    id           INTEGER          PRIMARY KEY,
    nom          VARCHAR(200)     NOT NULL,
    adresse      VARCHAR(300),
    code_postal  VARCHAR(5),
    commune      VARCHAR(100),
    code_insee   VARCHAR(5),
    latitude     DOUBLE PRECISION NOT NULL,
    longitude    DOUBLE PRECISION NOT NULL,
    telephone    VARCHAR(30),
    courriel     VARCHAR(120),
    h_lundi      VARCHAR(100),
    h_mardi      VARCHAR(100),
    h_mercredi   VARCHAR(100),
    h_jeudi      VARCHAR(100),
    h_vendredi   VARCHAR(100),
    h_samedi     VARCHAR(100),
    prise_rdv    VARCHAR(10),
    format       VARCHAR(30)
);

""")
    colonnes = ("id, nom, adresse, code_postal, commune, code_insee, latitude, longitude, telephone, courriel, "
                "h_lundi, h_mardi, h_mercredi, h_jeudi, h_vendredi, h_samedi, prise_rdv, format")
    for i in range(0, len(sites), 200):
        f.write(f"INSERT INTO france_services ({colonnes}) VALUES\n")
        f.write(",\n".join(sites[i:i + 200]))
        f.write(";\n\n")
print(f"{len(sites)} sites France services écrits")
