package fr.passerelle.notifications.internal.domaine;

/** Ce que répond un canal : remis, échec temporaire (on réessaiera), échec définitif (inutile de réessayer). */
public sealed interface ResultatEnvoi {

    record Remis(String reference) implements ResultatEnvoi {
    }

    record EchecTemporaire(String raison) implements ResultatEnvoi {
    }

    record EchecDefinitif(String raison) implements ResultatEnvoi {
    }
}
