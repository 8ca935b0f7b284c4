package fr.passerelle.droits.internal.proximite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.passerelle.droits.CouvertureFranceServices;
import fr.passerelle.droits.internal.domaine.AideDeProximite;
import fr.passerelle.droits.internal.domaine.Commune;
import fr.passerelle.droits.internal.domaine.RepertoireCommunes;

/** Calcule une fois (≈ 35 000 communes × 2 845 sites, élagué par latitude) le site le plus proche de chaque commune. */
@Component
class CouvertureFranceServicesCalculee implements CouvertureFranceServices {

    private static final Logger LOG = LoggerFactory.getLogger(CouvertureFranceServicesCalculee.class);

    private final SitesFranceServicesJdbc sites;
    private final RepertoireCommunes repertoire;
    private volatile List<CommuneDesservie> communes;

    CouvertureFranceServicesCalculee(SitesFranceServicesJdbc sites, RepertoireCommunes repertoire) {
        this.sites = sites;
        this.repertoire = repertoire;
    }

    /** Calculée en arrière-plan dès que l'application est prête : le premier lecteur (l'observatoire) n'attend pas. */
    @EventListener(ApplicationReadyEvent.class)
    void precalculer() {
        Thread.ofVirtual().name("couverture-france-services").start(() -> {
            try {
                communes();
            } catch (RuntimeException e) {
                // Application arrêtée pendant le calcul (tests) : le prochain lecteur recalculera.
                LOG.debug("Couverture France services non précalculée : {}", e.getMessage());
            }
        });
    }

    @Override
    public List<CommuneDesservie> communes() {
        List<CommuneDesservie> c = communes;
        if (c == null) {
            synchronized (this) {
                if (communes == null) {
                    communes = calculer();
                }
                c = communes;
            }
        }
        return c;
    }

    private List<CommuneDesservie> calculer() {
        AideDeProximite aide = sites.aideDeProximite();
        Set<String> vues = new LinkedHashSet<>();
        List<CommuneDesservie> resultat = new ArrayList<>(36_000);
        for (Commune commune : repertoire.toutes()) {
            if (vues.add(commune.codeInsee())) {
                resultat.add(new CommuneDesservie(commune.codeInsee(), commune.nom(), commune.departement(),
                        aide.minutesDuPlusProche(commune.latitude(), commune.longitude())));
            }
        }
        return List.copyOf(resultat);
    }
}
