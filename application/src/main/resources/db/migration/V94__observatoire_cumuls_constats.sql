-- Observatoire (issue 9 ; ADR 0018 point 6) : non-recours du dépistage proactif cumulé par partition finie. Les
-- constats d'une partition finie ne changent plus : l'observatoire les cumule une fois (prestation, département,
-- organisation du lanceur), au premier tableau de bord qui suit la fin de la partition (rattrapage), au lieu de
-- regrouper à chaque lecture les 200 000 constats de l'année par identifiant. Restent lus ligne à ligne : les
-- constats d'une personne connue (la résolution dépend des dossiers, elle change après coup) et ceux dont
-- l'identifiant (ménage/prestation/mois) a été constaté par plusieurs dépistages (compté une fois : ADR 0016 point 4).
-- SQL portable H2 / PostgreSQL 15.

-- Partitions déjà cumulées (le rattrapage s'y inscrit d'abord : deux rattrapages simultanés ne comptent pas deux fois).
CREATE TABLE obs_partition_cumulee (
    partition_id  BIGINT NOT NULL,
    CONSTRAINT obs_partition_cumulee_pk PRIMARY KEY (partition_id)
);

-- Constats de non-recours (à demander, attribution) d'une partition, tous comptés (doublons compris).
CREATE TABLE obs_cumul_constat (
    partition_id      BIGINT                   NOT NULL,
    le                TIMESTAMP WITH TIME ZONE NOT NULL,
    organisation_id   BIGINT,
    prestation        VARCHAR(60)              NOT NULL,
    departement       VARCHAR(10)              NOT NULL,
    constats          BIGINT                   NOT NULL,
    montant_centimes  BIGINT                   NOT NULL,
    connues           BIGINT                   NOT NULL
);
CREATE INDEX obs_cumul_constat_le_idx ON obs_cumul_constat (le);

-- Identifiants constatés (à demander, attribution) dans au moins deux partitions : la lecture les recompte une fois.
CREATE TABLE obs_constat_multiple (
    identifiant  VARCHAR(200) NOT NULL,
    CONSTRAINT obs_constat_multiple_pk PRIMARY KEY (identifiant)
);

-- Lectures : par identifiant (doublons, rattrapage), et constats des personnes connues (résolution).
CREATE INDEX obs_constat_identifiant_idx ON proactif_constat (identifiant);
CREATE INDEX obs_constat_compte_idx ON proactif_constat (compte_id, partition_id);

-- La partition s'ajoute en fin de vue (même vue que V88 sinon).
CREATE OR REPLACE VIEW obs_constat AS
SELECT c.identifiant, c.nature, c.prestation, c.departement, p.finie_le AS le,
       CASE WHEN c.prestation IN ('cmu_c', 'css_participation_forfaitaire') THEN 0 ELSE c.montant_annuel_centimes END
           AS montant_annuel_centimes,
       CASE WHEN c.compte_id IS NULL THEN 0 ELSE 1 END AS personne_connue,
       co.organisation_id,
       CASE WHEN c.compte_id IS NULL THEN 0
            WHEN EXISTS (SELECT 1 FROM dossier d
                         JOIN dossier_droit dd ON dd.dossier_id = d.id
                         WHERE d.compte_usager_id = c.compte_id
                           AND dd.code = CASE WHEN c.prestation IN ('cmu_c', 'css_participation_forfaitaire') THEN 'css'
                                              ELSE c.prestation END
                           AND dd.statut IN ('DEMANDE', 'ACCORDE')
                           AND dd.mis_a_jour_le >= dep.lance_le) THEN 1
            ELSE 0 END AS resolu,
       c.partition_id
FROM proactif_constat c
JOIN proactif_partition p ON p.id = c.partition_id
JOIN proactif_depistage dep ON dep.id = c.depistage_id
JOIN compte co ON co.id = dep.lance_par;

-- Les seuls constats d'une personne connue (même colonnes) : le filtre sur compte_id reste utilisable par l'index.
CREATE VIEW obs_constat_connu AS
SELECT c.identifiant, c.nature, c.prestation, c.departement, p.finie_le AS le,
       CASE WHEN c.prestation IN ('cmu_c', 'css_participation_forfaitaire') THEN 0 ELSE c.montant_annuel_centimes END
           AS montant_annuel_centimes,
       co.organisation_id,
       CASE WHEN EXISTS (SELECT 1 FROM dossier d
                         JOIN dossier_droit dd ON dd.dossier_id = d.id
                         WHERE d.compte_usager_id = c.compte_id
                           AND dd.code = CASE WHEN c.prestation IN ('cmu_c', 'css_participation_forfaitaire') THEN 'css'
                                              ELSE c.prestation END
                           AND dd.statut IN ('DEMANDE', 'ACCORDE')
                           AND dd.mis_a_jour_le >= dep.lance_le) THEN 1
            ELSE 0 END AS resolu,
       c.partition_id
FROM proactif_constat c
JOIN proactif_partition p ON p.id = c.partition_id
JOIN proactif_depistage dep ON dep.id = c.depistage_id
JOIN compte co ON co.id = dep.lance_par
WHERE c.compte_id IS NOT NULL;

-- Partitions finies (leur date de fin), pour le rattrapage.
CREATE VIEW obs_partition_finie AS
SELECT p.id AS partition_id, p.finie_le AS le FROM proactif_partition p WHERE p.finie_le IS NOT NULL;
