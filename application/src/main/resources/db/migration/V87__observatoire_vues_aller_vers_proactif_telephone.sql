-- Observatoire (issue 9, suite ; ADR 0016) : vues en lecture seule sur les ateliers (V50-V51), les constats du
-- dépistage proactif (V60-V61), les appels reçus et les rappels (V86), et l'organisation des saisines (V40) pour la
-- vue d'un agent limitée à son organisation. Même règle que V70 : l'observatoire ne lit que des vues, sans nom, sans
-- numéro ni texte libre. SQL portable H2 / PostgreSQL 15.

-- Ateliers : le département est celui du code INSEE de la commune (2A/2B pour la Corse, 3 chiffres outre-mer) ;
-- vide tant que la commune n'est pas choisie. « avec_passages » : au moins une personne enregistrée le jour J.
CREATE VIEW obs_atelier AS
SELECT a.id AS atelier_id, a.jour, a.statut, a.public_vise,
       CASE WHEN a.code_commune LIKE '97%' THEN SUBSTRING(a.code_commune, 1, 3)
            ELSE SUBSTRING(a.code_commune, 1, 2) END AS departement,
       CASE WHEN EXISTS (SELECT 1 FROM passage p WHERE p.atelier_id = a.id) THEN TRUE ELSE FALSE END AS avec_passages
FROM atelier a;

-- Personnes rencontrées le jour J (une ligne par passage enregistré).
CREATE VIEW obs_passage AS
SELECT p.atelier_id, a.jour, a.public_vise,
       CASE WHEN a.code_commune LIKE '97%' THEN SUBSTRING(a.code_commune, 1, 3)
            ELSE SUBSTRING(a.code_commune, 1, 2) END AS departement,
       p.questionnaire, p.droits_decouverts, p.demarches_faites
FROM passage p
JOIN atelier a ON a.id = p.atelier_id;

-- Organisations qui tenaient une table à un atelier.
CREATE VIEW obs_atelier_organisation AS
SELECT t.atelier_id, t.organisation_id FROM table_atelier t WHERE t.organisation_id IS NOT NULL;

-- Personnes passées à la table d'une organisation (la liste des tables visitées est « A ; B ; C »).
CREATE VIEW obs_passage_organisation AS
SELECT t.organisation_id, p.atelier_id, a.jour, a.public_vise,
       CASE WHEN a.code_commune LIKE '97%' THEN SUBSTRING(a.code_commune, 1, 3)
            ELSE SUBSTRING(a.code_commune, 1, 2) END AS departement,
       p.questionnaire, p.droits_decouverts, p.demarches_faites
FROM passage p
JOIN atelier a ON a.id = p.atelier_id
JOIN table_atelier t ON t.atelier_id = p.atelier_id AND t.organisation_id IS NOT NULL
     AND (' ; ' || p.tables_visitees || ' ; ') LIKE ('% ; ' || t.administration || ' ; %');

-- Constats du dépistage proactif, un par ligne enregistrée. Un même constat (identifiant ménage/prestation/mois)
-- enregistré par deux dépistages est compté une fois par l'observatoire (regroupement par identifiant dans la
-- requête, sur la période seulement : ADR 0016). « le » : fin de la partition qui l'a écrit. Montant annuel en
-- centimes, nul pour la complémentaire santé solidaire (droit oui/non, et la participation est ce que la personne
-- paie : comme la synthèse du dépistage). « resolu » (1 ou 0) : la personne (compte connu de Passerelle) a dans un
-- dossier ce droit demandé ou accordé à une date postérieure au lancement du dépistage (la date la plus récente de
-- ces droits, par compte et code, est jointe : une jointure plutôt qu'une sous-requête par ligne, pour que
-- PostgreSQL estime un coût juste et ne compile pas la requête en JIT). « organisation_id » :
-- l'organisation de l'agent qui a lancé le dépistage (vide pour un coordinateur ou un administrateur).
CREATE VIEW obs_constat AS
SELECT c.identifiant, c.nature, c.prestation, c.departement, p.finie_le AS le,
       CASE WHEN c.prestation IN ('cmu_c', 'css_participation_forfaitaire') THEN 0 ELSE c.montant_annuel_centimes END
           AS montant_annuel_centimes,
       CASE WHEN c.compte_id IS NULL THEN 0 ELSE 1 END AS personne_connue,
       co.organisation_id,
       CASE WHEN r.dernier >= dep.lance_le THEN 1 ELSE 0 END AS resolu
FROM proactif_constat c
JOIN proactif_partition p ON p.id = c.partition_id
JOIN proactif_depistage dep ON dep.id = c.depistage_id
JOIN compte co ON co.id = dep.lance_par
LEFT JOIN (SELECT d.compte_usager_id, dd.code, MAX(dd.mis_a_jour_le) AS dernier
           FROM dossier d
           JOIN dossier_droit dd ON dd.dossier_id = d.id
           WHERE d.compte_usager_id IS NOT NULL AND dd.statut IN ('DEMANDE', 'ACCORDE')
           GROUP BY d.compte_usager_id, dd.code) r
       ON r.compte_usager_id = c.compte_id
      AND r.code = CASE WHEN c.prestation IN ('cmu_c', 'css_participation_forfaitaire') THEN 'css' ELSE c.prestation END;

-- Appels reçus par les structures (décrochés ou non).
CREATE VIEW obs_appel_recu AS
SELECT a.recu_le AS le, a.decroche, s.id AS structure_id, s.nom AS structure,
       SUBSTRING(s.code_postal, 1, 2) AS departement
FROM appel_recu a
JOIN structure s ON s.id = a.structure_id;

-- Rappels : la date où l'appel a été fait (V86) s'ajoute à la vue de V70.
CREATE OR REPLACE VIEW obs_appel AS
SELECT fait, avant_le, cree_le AS le, fait_le FROM appel_a_passer;

-- Saisines : l'organisation saisie s'ajoute à la vue de V70 (vue d'un agent limitée à son organisation).
CREATE OR REPLACE VIEW obs_saisine AS
SELECT sa.type_organisation, sa.etat, sa.issue, sa.ouverte_le AS le, sa.close_le,
       SUBSTRING(s.code_postal, 1, 2) AS departement, sa.organisation_id
FROM saisine sa
JOIN structure s ON s.id = sa.structure_id;

-- Index de lecture (banc) : période d'abord.
CREATE INDEX obs_atelier_jour_idx ON atelier (jour, code_commune, statut);
CREATE INDEX obs_constat_partition_idx ON proactif_constat (partition_id, nature);
CREATE INDEX obs_appel_a_passer_periode_idx ON appel_a_passer (cree_le, fait, fait_le);
