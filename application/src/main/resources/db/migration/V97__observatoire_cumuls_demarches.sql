-- Observatoire (issue 9 ; ADR 0018 point 8) : démarches des dossiers cumulées par jour de Paris de leur dernière mise
-- à jour, structure, intitulé et statut, tenues par l'événement DemarcheDuDossierModifiee dans la transaction qui
-- écrit, comme les échanges et les droits (V92). Remplies pour les données déjà en base par la migration Java V98.
-- SQL portable H2 / PostgreSQL 15.
CREATE TABLE obs_cumul_demarche (
    jour          DATE         NOT NULL,
    structure_id  BIGINT       NOT NULL,
    intitule      VARCHAR(200) NOT NULL,
    statut        VARCHAR(20)  NOT NULL,
    nombre        BIGINT       NOT NULL,
    CONSTRAINT obs_cumul_demarche_pk PRIMARY KEY (jour, structure_id, intitule, statut)
);

-- La structure du dossier s'ajoute en fin de vue (pour le remplissage des cumuls).
CREATE OR REPLACE VIEW obs_demarche AS
SELECT dm.intitule, dm.statut, dm.mis_a_jour_le AS le, SUBSTRING(s.code_postal, 1, 2) AS departement, s.id AS structure_id
FROM dossier_demarche dm
JOIN dossier d ON d.id = dm.dossier_id
JOIN structure s ON s.id = d.structure_id;
