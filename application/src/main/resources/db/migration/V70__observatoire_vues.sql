-- Observatoire (module observatoire) : vues agrégeables, en lecture seule, sur les tables des autres modules
-- (ADR 0013). L'observatoire ne lit que ces vues et sa propre table (V71) : si un module change ses tables, il
-- lui suffit de garder ces vues vraies. Le territoire est le département de la structure (2 premiers caractères du
-- code postal). SQL portable H2 / PostgreSQL 15.

CREATE VIEW obs_droit AS
SELECT dd.code, dd.libelle, dd.statut, dd.mis_a_jour_le AS le,
       CASE WHEN dd.periodicite = 'par mois' THEN dd.montant * 12 ELSE dd.montant END AS montant_annuel,
       SUBSTRING(s.code_postal, 1, 2) AS departement
FROM dossier_droit dd
JOIN dossier d ON d.id = dd.dossier_id
JOIN structure s ON s.id = d.structure_id;

CREATE VIEW obs_echange AS
SELECT e.le, e.canal, e.regle_au_premier_contact, s.id AS structure_id, s.nom AS structure,
       SUBSTRING(s.code_postal, 1, 2) AS departement
FROM dossier_echange e
JOIN dossier d ON d.id = e.dossier_id
JOIN structure s ON s.id = d.structure_id;

CREATE VIEW obs_demarche AS
SELECT dm.intitule, dm.statut, dm.mis_a_jour_le AS le, SUBSTRING(s.code_postal, 1, 2) AS departement
FROM dossier_demarche dm
JOIN dossier d ON d.id = dm.dossier_id
JOIN structure s ON s.id = d.structure_id;

CREATE VIEW obs_saisine AS
SELECT sa.type_organisation, sa.etat, sa.issue, sa.ouverte_le AS le, sa.close_le,
       SUBSTRING(s.code_postal, 1, 2) AS departement
FROM saisine sa
JOIN structure s ON s.id = sa.structure_id;

-- Les notifications et les appels à passer n'ont pas de territoire (la personne est un compte) : filtre période seul.
CREATE VIEW obs_notification AS
SELECT canal, statut, raison, cree_le AS le FROM notification;

CREATE VIEW obs_appel AS
SELECT fait, avant_le, cree_le AS le FROM appel_a_passer;

-- Index de lecture (banc : 1 million d'échanges, 100 000 dossiers) : période d'abord, colonnes agrégées ensuite
-- pour que PostgreSQL réponde par parcours d'index seul.
CREATE INDEX obs_echange_periode_idx ON dossier_echange (le, dossier_id, canal, regle_au_premier_contact);
CREATE INDEX obs_droit_periode_idx ON dossier_droit (mis_a_jour_le, dossier_id, code, statut);
CREATE INDEX obs_demarche_periode_idx ON dossier_demarche (mis_a_jour_le, dossier_id, statut);
CREATE INDEX obs_notification_periode_idx ON notification (cree_le, canal, statut);
CREATE INDEX obs_saisine_periode_idx ON saisine (ouverte_le, structure_id);
