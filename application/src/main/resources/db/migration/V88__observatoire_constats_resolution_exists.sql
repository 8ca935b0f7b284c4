-- Observatoire (issue 9, banc ; ADR 0016 point 10) : même vue obs_constat que V87, mêmes colonnes et mêmes valeurs,
-- mais « resolu » s'écrit en EXISTS sur les seuls constats d'une personne connue (index dossier_compte_usager_idx puis
-- dossier_droit_unique), au lieu de la jointure à la date la plus récente des droits de tous les comptes, recalculée à
-- chaque lecture. Équivalence : « la plus récente date d'un droit demandé ou accordé ≥ lancement » ⇔ « il existe un
-- droit demandé ou accordé daté ≥ lancement ». L'observatoire lit cette vue sans JIT (LecturesCourtes). SQL portable
-- H2 / PostgreSQL 15.
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
            ELSE 0 END AS resolu
FROM proactif_constat c
JOIN proactif_partition p ON p.id = c.partition_id
JOIN proactif_depistage dep ON dep.id = c.depistage_id
JOIN compte co ON co.id = dep.lance_par;
