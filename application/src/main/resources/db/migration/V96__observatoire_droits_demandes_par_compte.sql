-- Observatoire (issue 9 ; ADR 0018 point 7) : pour chaque personne (compte d'usager) et chaque droit, la date la plus
-- récente où l'un de ses dossiers l'a porté demandé ou accordé. Tenue par les événements du module dossiers
-- (DroitDuDossierModifie, DossierLieAUnCompte), recalculée pour la seule personne concernée depuis la vue
-- obs_droit_demande_source. La résolution d'un constat du dépistage (droit demandé ou accordé après le lancement)
-- s'y lit en une jointure au lieu de deux recherches par constat. SQL portable H2 / PostgreSQL 15.

CREATE VIEW obs_droit_demande_source AS
SELECT d.compte_usager_id AS compte_id, dd.code, dd.mis_a_jour_le AS le
FROM dossier d
JOIN dossier_droit dd ON dd.dossier_id = d.id
WHERE d.compte_usager_id IS NOT NULL AND dd.statut IN ('DEMANDE', 'ACCORDE');

CREATE VIEW obs_dossier_compte AS
SELECT d.id AS dossier_id, d.compte_usager_id AS compte_id FROM dossier d WHERE d.compte_usager_id IS NOT NULL;

CREATE TABLE obs_droit_demande (
    compte_id  BIGINT                   NOT NULL,
    code       VARCHAR(60)              NOT NULL,
    dernier    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT obs_droit_demande_pk PRIMARY KEY (compte_id, code)
);

INSERT INTO obs_droit_demande (compte_id, code, dernier)
SELECT compte_id, code, MAX(le) FROM obs_droit_demande_source GROUP BY compte_id, code;

-- « resolu » lu dans obs_droit_demande (mêmes colonnes, mêmes valeurs que V94).
CREATE OR REPLACE VIEW obs_constat AS
SELECT c.identifiant, c.nature, c.prestation, c.departement, p.finie_le AS le,
       CASE WHEN c.prestation IN ('cmu_c', 'css_participation_forfaitaire') THEN 0 ELSE c.montant_annuel_centimes END
           AS montant_annuel_centimes,
       CASE WHEN c.compte_id IS NULL THEN 0 ELSE 1 END AS personne_connue,
       co.organisation_id,
       CASE WHEN r.dernier >= dep.lance_le THEN 1 ELSE 0 END AS resolu,
       c.partition_id
FROM proactif_constat c
JOIN proactif_partition p ON p.id = c.partition_id
JOIN proactif_depistage dep ON dep.id = c.depistage_id
JOIN compte co ON co.id = dep.lance_par
LEFT JOIN obs_droit_demande r
       ON r.compte_id = c.compte_id
      AND r.code = CASE WHEN c.prestation IN ('cmu_c', 'css_participation_forfaitaire') THEN 'css' ELSE c.prestation END;

CREATE OR REPLACE VIEW obs_constat_connu AS
SELECT c.identifiant, c.nature, c.prestation, c.departement, p.finie_le AS le,
       CASE WHEN c.prestation IN ('cmu_c', 'css_participation_forfaitaire') THEN 0 ELSE c.montant_annuel_centimes END
           AS montant_annuel_centimes,
       co.organisation_id,
       CASE WHEN r.dernier >= dep.lance_le THEN 1 ELSE 0 END AS resolu,
       c.partition_id
FROM proactif_constat c
JOIN proactif_partition p ON p.id = c.partition_id
JOIN proactif_depistage dep ON dep.id = c.depistage_id
JOIN compte co ON co.id = dep.lance_par
LEFT JOIN obs_droit_demande r
       ON r.compte_id = c.compte_id
      AND r.code = CASE WHEN c.prestation IN ('cmu_c', 'css_participation_forfaitaire') THEN 'css' ELSE c.prestation END
WHERE c.compte_id IS NOT NULL;
