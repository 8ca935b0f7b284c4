package fr.passerelle.dossiers;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import fr.passerelle.dossiers.internal.domaine.CanalEchange;
import fr.passerelle.dossiers.internal.domaine.DemarcheEnCours;
import fr.passerelle.dossiers.internal.domaine.Echange;
import fr.passerelle.dossiers.internal.domaine.Identite;
import fr.passerelle.dossiers.internal.domaine.Nir;
import fr.passerelle.dossiers.internal.domaine.StatutDemarche;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.mandats.Perimetre;

/**
 * Un dossier de test rempli de marqueurs (chaque rubrique a un texte reconnaissable, pour vérifier qu'aucune donnée
 * ne fuit dans une réponse refusée), et l'état de son mandat écrit dans la table du module mandats (lue pour de
 * vrai par {@code Mandats.decider}).
 */
public final class DossiersDeTest {

    public static final String NOM = "Temoinnom";
    public static final String NAISSANCE = "03/12/1984";
    public static final String NIR = "2 84 12 33 063 045 37";
    public static final String PORTABLE = "07 98 76 54 32";
    public static final String COURRIEL = "marqueur.courriel@exemple.fr";
    public static final String DROIT = "MarqueurDroit";
    public static final String DEMARCHE_PRESTATIONS = "MarqueurDemarchePrestations";
    public static final String DEMARCHE_SANTE = "MarqueurDemarcheSante";
    public static final String PIECE = "MarqueurPiece";
    public static final String ECHANGE = "MarqueurEchange";
    /** Ce qu'on ne doit jamais lire sans mandat. */
    static final String[] DONNEES = {NIR, "284123306304537", PORTABLE, COURRIEL, DROIT, DEMARCHE_PRESTATIONS, DEMARCHE_SANTE, PIECE, ECHANGE};
    /** Ce qu'on ne doit jamais lire hors de la structure (l'en-tête). */
    static final String[] EN_TETE = {NOM, NAISSANCE};

    public enum EtatMandat {
        AUCUN, ACTIF_COUVRANT, ACTIF_NE_COUVRANT_PAS, EXPIRE, REVOQUE;

        boolean actif() {
            return this == ACTIF_COUVRANT || this == ACTIF_NE_COUVRANT_PAS;
        }
    }

    public record Cree(long id, long droitId, long demarchePrestationsId, long pieceId) {
    }

    private final DossierJdbc dossiers;
    private final JdbcClient jdbc;

    public DossiersDeTest(DossierJdbc dossiers, JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.jdbc = jdbc;
    }

    public Cree creer(long structureId, Optional<Long> compteUsager) {
        Instant le = Instant.now();
        long id = dossiers.creer(structureId, new Identite(NOM, "Zoe", LocalDate.of(1984, 12, 3), "Begles",
                Optional.of(PORTABLE), Optional.of(COURRIEL), Optional.of(Nir.lire("284123306304537"))), compteUsager, le);
        dossiers.joindreDroit(id, "rsa", DROIT, 600, "par mois", le);
        dossiers.ajouterDemarche(id, new DemarcheEnCours(0, DEMARCHE_PRESTATIONS, "CAF", StatutDemarche.EN_COURS, "attendre",
                Perimetre.PRESTATIONS_SOCIALES), le);
        dossiers.ajouterDemarche(id, new DemarcheEnCours(0, DEMARCHE_SANTE, "CPAM", StatutDemarche.EN_COURS, "attendre",
                Perimetre.SANTE), le);
        dossiers.ajouterPiece(id, PIECE);
        dossiers.ajouterEchange(id, new Echange(0, CanalEchange.GUICHET, "Test", le, ECHANGE, true));
        long droit = dossiers.droits(id).get(0).id();
        long demarche = dossiers.demarches(id).stream().filter(d -> d.perimetre() == Perimetre.PRESTATIONS_SOCIALES)
                .findFirst().orElseThrow().id();
        long piece = dossiers.pieces(id).get(0).id();
        return new Cree(id, droit, demarche, piece);
    }

    /** Écrit le mandat dans l'état voulu (actif couvrant = prestations sociales seulement ; ne couvrant pas = transport). */
    public void mandat(long dossierId, long structureId, EtatMandat etat) {
        if (etat == EtatMandat.AUCUN) {
            return;
        }
        Instant maintenant = Instant.now();
        Instant signe = etat == EtatMandat.EXPIRE ? maintenant.minus(Duration.ofDays(3)) : maintenant.minus(Duration.ofHours(1));
        GeneratedKeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO mandat (dossier_id, structure_id, duree_nombre, duree_unite, mode_consentement, cree_le,
                  cree_par_id, cree_par_nom, etat, signe_le, revoque_le, revoque_voie, revoque_par_nom)
                VALUES (:d, :s, :n, :u, 'SIGNATURE_ECRAN', :le, 0, 'Test', :etat, :signe, :rle, :rvoie, :rpar)""")
                .param("d", dossierId).param("s", structureId)
                .param("n", etat == EtatMandat.EXPIRE ? 1 : 3).param("u", etat == EtatMandat.EXPIRE ? "JOURS" : "MOIS")
                .param("le", signe.atOffset(ZoneOffset.UTC)).param("etat", etat == EtatMandat.REVOQUE ? "REVOQUE" : "ACTIF")
                .param("signe", signe.atOffset(ZoneOffset.UTC))
                .param("rle", etat == EtatMandat.REVOQUE ? maintenant.minus(Duration.ofMinutes(5)).atOffset(ZoneOffset.UTC) : null)
                .param("rvoie", etat == EtatMandat.REVOQUE ? "GUICHET" : null)
                .param("rpar", etat == EtatMandat.REVOQUE ? "Test" : null)
                .update(cle, "id");
        long mandat = cle.getKeyAs(Number.class).longValue();
        Set<Perimetre> perimetres = etat == EtatMandat.ACTIF_NE_COUVRANT_PAS ? Set.of(Perimetre.TRANSPORT)
                : Set.of(Perimetre.PRESTATIONS_SOCIALES);
        for (Perimetre p : perimetres) {
            jdbc.sql("INSERT INTO mandat_perimetre (mandat_id, perimetre) VALUES (:m, :p)").param("m", mandat)
                    .param("p", p.name()).update();
        }
    }

    public void effacer(long dossierId) {
        dossiers.effacer(dossierId, Instant.now());
    }
}
