package fr.passerelle.notifications.internal.domaine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Délais croissants entre deux essais d'envoi ; au-delà du dernier, l'échec devient définitif. */
public record PolitiqueReprise(List<Duration> delais) {

    public static final PolitiqueReprise PAR_DEFAUT = new PolitiqueReprise(List.of(
            Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1)));

    public PolitiqueReprise {
        delais = List.copyOf(delais);
    }

    /** Délai avant le prochain essai après {@code tentatives} essais échoués, ou vide s'il n'y en a plus. */
    public Optional<Duration> delaiApres(int tentatives) {
        return tentatives >= 1 && tentatives <= delais.size() ? Optional.of(delais.get(tentatives - 1)) : Optional.empty();
    }

    public int essaisMaximum() {
        return delais.size() + 1;
    }
}
