package fr.passerelle.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Horloge de test : le temps n'avance que quand le test le décide. */
public final class HorlogeReglable extends Clock {

    private volatile Instant maintenant;

    public HorlogeReglable(Instant depart) {
        this.maintenant = depart;
    }

    public void avancer(Duration duree) {
        maintenant = maintenant.plus(duree);
    }

    public void regler(Instant instant) {
        maintenant = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return maintenant;
    }
}
