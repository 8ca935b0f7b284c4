-- Notifications (issue 5, ADR 0014) : la table notification devient elle-même la file d'envoi.
-- prochain_essai : quand la notification doit être (re)prise par un distributeur ; NULL une fois terminée
-- (remise, échec définitif, annulée). Une notification prise (statut EN_COURS) porte ici la fin de son bail :
-- si l'instance qui l'a prise meurt, une autre la reprend à cette heure-là, avec la même clé d'idempotence.
ALTER TABLE notification ADD COLUMN prochain_essai TIMESTAMP WITH TIME ZONE;

-- Les envois déjà programmés dans db-scheduler (une tâche par notification) passent dans la nouvelle colonne,
-- y compris ceux qu'une instance avait pris au moment de la migration (renvoyés avec la même clé).
UPDATE notification SET prochain_essai = (
    SELECT MIN(t.execution_time) FROM scheduled_tasks t
    WHERE t.task_name = 'envoi-notification' AND t.task_instance = CAST(notification.id AS VARCHAR(100)));

-- Une notification non terminée sans tâche (cas impossible avant, par prudence) est reprise tout de suite.
UPDATE notification SET prochain_essai = mise_a_jour_le
WHERE prochain_essai IS NULL AND statut IN ('CREEE', 'EN_COURS', 'ECHEC_TEMPORAIRE');

DELETE FROM scheduled_tasks WHERE task_name = 'envoi-notification';

CREATE INDEX notification_prochain_essai_idx ON notification (prochain_essai);
