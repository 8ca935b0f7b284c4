package fr.passerelle.saisines;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Persistance des saisines sur la base embarquée H2 (fichier). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "passerelle.notifications.ordonnanceur.actif=false")
@ActiveProfiles("test")
class PersistanceSaisinesH2Test extends PersistanceSaisinesContrat {
}
