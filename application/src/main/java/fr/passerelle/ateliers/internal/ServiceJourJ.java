package fr.passerelle.ateliers.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.ateliers.internal.ServiceAteliers.Refus;
import fr.passerelle.ateliers.internal.domaine.ResultatsAteliers;
import fr.passerelle.ateliers.internal.domaine.ResultatsAteliers.Chiffres;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc;
import fr.passerelle.ateliers.internal.persistance.AteliersJdbc.AtelierLigne;
import fr.passerelle.ateliers.internal.persistance.JourJJdbc;
import fr.passerelle.ateliers.internal.persistance.JourJJdbc.SuiviLigne;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.dossiers.SuiviAFaire;
import fr.passerelle.droits.DroitDecouvert;
import fr.passerelle.mandats.AccesRefuse;

/**
 * Le jour J au-delà de la fiche : le questionnaire « Mes droits » fait sur place (ses droits et leur montant annuel,
 * reliés à la fiche par un jeton), les suivis créés dans le dossier de la personne avec son accord (API publique du
 * module dossiers, qui exige en plus un mandat), et les résultats par atelier et par campagne.
 */
@Service
public class ServiceJourJ {

    private final AteliersJdbc ateliers;
    private final JourJJdbc jourJ;
    private final Dossiers dossiers;
    private final Clock horloge;

    ServiceJourJ(AteliersJdbc ateliers, JourJJdbc jourJ, Dossiers dossiers, Clock horloge) {
        this.ateliers = ateliers;
        this.jourJ = jourJ;
        this.dossiers = dossiers;
        this.horloge = horloge;
    }

    /** Garde les droits du questionnaire qui vient d'être fait ; @return le jeton à joindre à la fiche */
    @Transactional
    public String prendreQuestionnaire(long atelierId, List<DroitDecouvert> droits, String prisPar) {
        String jeton = "q-" + UUID.randomUUID();
        jourJ.enregistrerQuestionnaire(jeton, atelierId, prisPar, OffsetDateTime.now(horloge), droits);
        return jeton;
    }

    /** Le questionnaire de ce jeton, s'il est de cet atelier et pas encore relié à une autre fiche que {@code cle}. */
    public Optional<JourJJdbc.QuestionnairePris> questionnaireLibre(long atelierId, String jeton, String cle) {
        return jourJ.questionnaire(jeton).filter(q -> q.atelierId() == atelierId)
                .filter(q -> jourJ.ficheDuQuestionnaire(jeton).map(c -> c.equals(cle)).orElse(true));
    }

    /** Ce qu'il faut pour créer un suivi ; les champs sont déjà lus et bornés par la page. */
    public record DemandeSuivi(String passageCle, long dossierId, SuiviAFaire suivi, boolean consentement) {
    }

    /**
     * Crée le suivi dans le dossier de la personne. Refusé, avec le champ et la raison, sans l'accord de la personne
     * (rien n'est alors demandé au module dossiers), pour une fiche inconnue, ou quand le module dossiers refuse
     * (dossier d'une autre structure, pas de mandat couvrant le périmètre : sa raison est reprise telle quelle).
     *
     * @return le numéro du suivi
     */
    @Transactional(noRollbackFor = {AccesRefuse.class, Refus.class})
    public long creerSuivi(long atelierId, CompteConnecte aidant, DemandeSuivi demande) {
        if (!demande.consentement()) {
            throw new Refus("consentement", "Accord de la personne : cochez la case une fois que la personne a dit oui. "
                    + "Sans son accord, rien n'est écrit dans son dossier.");
        }
        JourJJdbc.Passage fiche = jourJ.passage(atelierId, demande.passageCle())
                .orElseThrow(() -> new Refus("passage", "Personne vue : choisissez la fiche de la personne (enregistrez d'abord sa fiche)."));
        long demarche;
        try {
            demarche = dossiers.creerSuivi(aidant, demande.dossierId(), demande.suivi());
        } catch (AccesRefuse refus) {
            throw new Refus("dossier", "Dossier n° " + demande.dossierId() + " : " + refus.raison());
        } catch (IllegalArgumentException e) {
            throw new Refus("intitule", e.getMessage());
        }
        OffsetDateTime maintenant = OffsetDateTime.now(horloge);
        return jourJ.creerSuivi(atelierId, fiche.cle(), demande.dossierId(), demarche, demande.suivi().intitule().strip(),
                "Accord oral de " + fiche.nom() + " recueilli par " + aidant.nomAffiche() + " le jour de l'atelier",
                aidant.email(), maintenant);
    }

    public List<SuiviLigne> suivis(long atelierId) {
        return jourJ.suivis(List.of(atelierId));
    }

    /** Les chiffres de chaque atelier de ces ateliers (dans l'ordre), suivis relus dans les dossiers. */
    @Transactional(readOnly = true)
    public Map<Long, Chiffres> resultats(List<AtelierLigne> liste) {
        List<Long> ids = liste.stream().map(AtelierLigne::id).toList();
        List<ResultatsAteliers.Fiche> fiches = jourJ.fiches(ids);
        List<ResultatsAteliers.Suivi> suivis = jourJ.suivis(ids).stream()
                .map(s -> new ResultatsAteliers.Suivi(s.atelierId(), s.demarcheId(), s.creeLe())).toList();
        Set<Long> ouvertes = dossiers.demarchesOuvertes(ResultatsAteliers.demarches(suivis));
        Map<Long, Integer> inscrits = jourJ.inscrits(ids);
        Map<Long, Chiffres> resultats = new java.util.LinkedHashMap<>();
        for (AtelierLigne a : liste) {
            resultats.put(a.id(), ResultatsAteliers.atelier(libelle(a), a.id(), inscrits.getOrDefault(a.id(), 0), fiches, suivis,
                    ouvertes, horloge.instant()));
        }
        return resultats;
    }

    public Chiffres resultats(AtelierLigne a) {
        return resultats(List.of(a)).get(a.id());
    }

    /** Une ligne par campagne (trimestre) de l'année, puis le total de l'année. */
    @Transactional(readOnly = true)
    public List<Chiffres> resultatsParCampagne(int annee, Map<Long, Chiffres> parAtelier) {
        List<Chiffres> lignes = new ArrayList<>();
        List<AtelierLigne> tous = ateliers.ateliers(annee);
        for (int t = 1; t <= 4; t++) {
            int trimestre = t;
            lignes.add(ResultatsAteliers.campagne("Trimestre " + t, tous.stream().filter(a -> a.trimestre() == trimestre)
                    .map(a -> parAtelier.get(a.id())).toList()));
        }
        lignes.add(ResultatsAteliers.campagne("Année " + annee, tous.stream().map(a -> parAtelier.get(a.id())).toList()));
        return lignes;
    }

    static String libelle(AtelierLigne a) {
        return a.jour().format(ServiceAteliers.JOUR) + " — " + (a.nomCommune() == null ? "commune à choisir" : a.nomCommune());
    }
}
