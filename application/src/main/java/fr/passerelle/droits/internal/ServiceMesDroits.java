package fr.passerelle.droits.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import fr.passerelle.droits.internal.domaine.DroitEstime;
import fr.passerelle.droits.internal.domaine.Demarche;
import fr.passerelle.droits.internal.domaine.Estimation;
import fr.passerelle.droits.internal.domaine.EstimateurDroits;
import fr.passerelle.droits.internal.domaine.Foyer;
import fr.passerelle.droits.internal.proximite.SitesFranceServicesJdbc;
import fr.passerelle.moteur.periode.Mois;

/** Estime les droits d'un foyer pour le mois en cours (horloge injectée) et y joint démarches et aide à proximité. */
@Service
public class ServiceMesDroits {

    public static final int SITES_PROCHES = 3;

    private final EstimateurDroits estimateur;
    private final CatalogueDemarches demarches;
    private final SitesFranceServicesJdbc sites;
    private final Clock horloge;

    ServiceMesDroits(EstimateurDroits estimateur, CatalogueDemarches demarches, SitesFranceServicesJdbc sites,
                     Clock horloge) {
        this.estimateur = estimateur;
        this.demarches = demarches;
        this.sites = sites;
        this.horloge = horloge;
    }

    public Mois moisCourant() {
        return Mois.de(LocalDate.now(horloge));
    }

    public Estimation estimer(Foyer foyer) {
        LocalDate jour = LocalDate.now(horloge);
        Mois mois = Mois.de(jour);
        List<DroitEstime> droits = estimateur.estimer(foyer, mois);
        Map<String, Demarche> parCode = new LinkedHashMap<>();
        for (DroitEstime d : droits) {
            parCode.put(d.code(), demarches.de(d.code()));
        }
        return new Estimation(foyer, jour, mois.toString(), droits, parCode,
                sites.aideDeProximite().plusProches(foyer.commune(), jour, SITES_PROCHES));
    }
}
