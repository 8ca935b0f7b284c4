package fr.passerelle.proactif.internal;

/** Ce que devient une demande de lancement. */
public final class Lancement {

    private Lancement() {
    }

    public sealed interface Issue {
        /** Lancé : les partitions sont enregistrées, le calcul suit en tâche de fond. */
        record Lance(long id) implements Issue {
        }

        /** Refusé : le champ en cause ({@code fichier} ou {@code date}) et la raison. */
        record Refuse(String champ, String raison) implements Issue {
        }
    }
}
