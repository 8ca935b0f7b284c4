package fr.passerelle.notifications.internal.domaine;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Plage horaire sans SMS ni appel (par défaut 20 h – 9 h), éventuellement à cheval sur minuit. */
public record HeuresCalmes(LocalTime debut, LocalTime fin) {

    public static final HeuresCalmes PAR_DEFAUT = new HeuresCalmes(LocalTime.of(20, 0), LocalTime.of(9, 0));

    public HeuresCalmes {
        if (debut == null || fin == null) {
            throw new EntreeInvalide("heuresCalmesDebut", "Indiquez le début et la fin des heures calmes.");
        }
        if (debut.equals(fin)) {
            throw new EntreeInvalide("heuresCalmesFin", "La fin des heures calmes doit être différente du début.");
        }
    }

    public boolean contient(LocalTime heure) {
        return debut.isBefore(fin)
                ? !heure.isBefore(debut) && heure.isBefore(fin)
                : !heure.isBefore(debut) || heure.isBefore(fin);
    }

    /** L'instant lui-même s'il est hors des heures calmes, sinon la fin des heures calmes. */
    public Instant prochainMomentPermis(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        if (!contient(local.toLocalTime())) {
            return instant;
        }
        ZonedDateTime finDuJour = local.with(fin).withSecond(0).withNano(0);
        return (finDuJour.isAfter(local) ? finDuJour : finDuJour.plusDays(1)).toInstant();
    }
}
