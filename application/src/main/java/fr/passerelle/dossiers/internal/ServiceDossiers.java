package fr.passerelle.dossiers.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.dossiers.DonneesDuDossier;
import fr.passerelle.dossiers.DossierEfface;
import fr.passerelle.dossiers.DossierVu;
import fr.passerelle.dossiers.DroitTrouve;
import fr.passerelle.dossiers.SuiviAFaire;
import fr.passerelle.dossiers.internal.domaine.Besoin;
import fr.passerelle.dossiers.internal.domaine.Couverture;
import fr.passerelle.dossiers.internal.domaine.CanalEchange;
import fr.passerelle.dossiers.internal.domaine.DemarcheEnCours;
import fr.passerelle.dossiers.internal.domaine.Diagnostic;
import fr.passerelle.dossiers.internal.domaine.Dossier;
import fr.passerelle.dossiers.internal.domaine.Echange;
import fr.passerelle.dossiers.internal.domaine.Identite;
import fr.passerelle.dossiers.internal.domaine.QuestionAutonomie;
import fr.passerelle.dossiers.internal.domaine.SaisieInvalide;
import fr.passerelle.dossiers.internal.domaine.StatutDemarche;
import fr.passerelle.dossiers.internal.domaine.StatutDroit;
import fr.passerelle.dossiers.internal.persistance.DossierJdbc;
import fr.passerelle.echeances.EcheanceVue;
import fr.passerelle.echeances.Echeanciers;
import fr.passerelle.journal.EntreeJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.mandats.AccesRefuse;
import fr.passerelle.mandats.Mandats;
import fr.passerelle.mandats.Perimetre;

/**
 * Les cas d'usage des dossiers. Chaque lecture et chaque écriture passe d'abord par la {@link PolitiqueAcces}
 * (mandat et journal) ; un refus lève {@link AccesRefuse} sans annuler la transaction, pour que l'entrée refusée
 * reste au journal.
 */
@Service
@Transactional(noRollbackFor = AccesRefuse.class)
public class ServiceDossiers {

    static final int LIMITE_RECHERCHE = 50;

    private final DossierJdbc dossiers;
    private final PolitiqueAcces politique;
    private final Mandats mandats;
    private final Journal journal;
    private final Annuaire annuaire;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;

    private final Echeanciers echeanciers;

    /** Ce que les autres modules tiennent sur la personne (saisines, lettres…), pour un export complet. */
    private final ObjectProvider<DonneesDuDossier> autresModules;

    ServiceDossiers(DossierJdbc dossiers, PolitiqueAcces politique, Mandats mandats, Journal journal, Annuaire annuaire,
                    ApplicationEventPublisher evenements, Clock horloge, ObjectProvider<DonneesDuDossier> autresModules,
                    Echeanciers echeanciers) {
        this.autresModules = autresModules;
        this.echeanciers = echeanciers;
        this.dossiers = dossiers;
        this.politique = politique;
        this.mandats = mandats;
        this.journal = journal;
        this.annuaire = annuaire;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public Instant maintenant() {
        return horloge.instant();
    }

    // Liste, recherche, création : dans la structure de l'aidant, en-têtes seulement.

    @Transactional(readOnly = true, noRollbackFor = AccesRefuse.class)
    public List<Dossier> rechercher(CompteConnecte aidant, String texte) {
        long structure = politique.structureDe(aidant, Optional.empty(), "recherche de dossiers");
        return dossiers.rechercher(structure, texte == null ? "" : texte, LIMITE_RECHERCHE);
    }

    /**
     * Crée le dossier dans la structure de l'aidant. Le compte usager est lié s'il est désigné par l'aidant, ou
     * s'il a la même adresse de courriel que le dossier.
     */
    public long creer(CompteConnecte aidant, Identite identite, Optional<String> courrielCompte) {
        long structure = politique.structureDe(aidant, Optional.empty(), "création d'un dossier");
        Optional<Long> compte = compteUsager(courrielCompte.or(identite::courriel), courrielCompte.isPresent());
        long id = dossiers.creer(structure, identite, compte, maintenant());
        politique.journaliser(aidant, Optional.of(id), "création du dossier", ResultatAcces.AUTORISE,
                compte.isPresent() ? "compte usager n° " + compte.get() + " lié" : "");
        return id;
    }

    private Optional<Long> compteUsager(Optional<String> courriel, boolean exige) {
        if (courriel.isEmpty()) {
            return Optional.empty();
        }
        Optional<CompteConnecte> compte = annuaire.usagerParEmail(courriel.get());
        if (compte.isEmpty() && exige) {
            throw new SaisieInvalide("compte", "Compte Passerelle de la personne : aucun compte usager n'a l'adresse "
                    + courriel.get() + ". Vérifiez l'orthographe avec la personne, ou laissez ce champ vide.");
        }
        return compte.map(CompteConnecte::id);
    }

    // Consultation

    /**
     * Le dossier tel que l'aidant a le droit de le voir : sans mandat actif, l'en-tête et la raison ; avec un
     * mandat, les rubriques couvertes. Une entrée au journal pour la consultation, et une par rubrique masquée.
     */
    public VueDossier consulter(CompteConnecte aidant, long id) {
        return voir(aidant, id, "consultation du dossier");
    }

    private VueDossier voir(CompteConnecte aidant, long id, String action) {
        Dossier dossier = politique.dossierDeLaStructure(aidant, id, action);
        Couverture couverture = politique.couverture(aidant, id);
        Acces acces = politique.journaliser(aidant, dossier, action, couverture.toutMandatActif());
        if (!acces.autorise()) {
            return VueDossier.enTete(dossier, acces.refus().orElseThrow(), mandats.duDossier(id));
        }
        couverture.refus(Perimetre.PRESTATIONS_SOCIALES).ifPresent(raison -> politique.journaliser(aidant, Optional.of(id),
                "consultation des droits trouvés", ResultatAcces.REFUSE, raison));
        List<DemarcheEnCours> toutes = dossiers.demarches(id);
        List<DemarcheEnCours> visibles = couverture.visibles(toutes);
        toutes.stream().map(DemarcheEnCours::perimetre).distinct().forEach(p -> couverture.refus(p).ifPresent(raison ->
                politique.journaliser(aidant, Optional.of(id), "consultation des démarches (" + p.name() + ")",
                        ResultatAcces.REFUSE, raison)));
        return new VueDossier(dossier, Optional.empty(),
                couverture.couvre(Perimetre.PRESTATIONS_SOCIALES) ? Optional.of(dossiers.droits(id)) : Optional.empty(),
                visibles, toutes.size() - visibles.size(), dossiers.pieces(id), dossiers.echanges(id),
                dossiers.diagnostic(id), mandats.duDossier(id), echeancesDe(dossier));
    }

    /** L'échéancier de la personne, quand son compte est lié au dossier (les 8 prochaines démarches). */
    private List<EcheanceVue> echeancesDe(Dossier dossier) {
        return dossier.compteUsagerId().map(compte -> echeanciers.prochaines(compte, 8)).orElse(List.of());
    }

    /** Le dossier complet, pour la personne elle-même (son compte est lié) : journalisé comme une consultation. */
    public List<VueDossier> pourLaPersonne(CompteConnecte usager) {
        return dossiers.deCompte(usager.id()).stream().map(d -> {
            politique.journaliser(usager, Optional.of(d.id()), "consultation par la personne", ResultatAcces.AUTORISE, "");
            return complet(d);
        }).toList();
    }

    private VueDossier complet(Dossier d) {
        long id = d.id();
        return new VueDossier(d, Optional.empty(), Optional.of(dossiers.droits(id)), dossiers.demarches(id), 0,
                dossiers.pieces(id), dossiers.echanges(id), dossiers.diagnostic(id), mandats.duDossier(id), echeancesDe(d));
    }

    /** « Qui a consulté mon dossier, et quand » : seulement pour la personne dont le compte est lié au dossier. */
    @Transactional(readOnly = true)
    public List<EntreeJournal> consultations(CompteConnecte usager, long dossierId) {
        dossierDeLaPersonne(usager, dossierId);
        return journal.duDossier(dossierId);
    }

    private Dossier dossierDeLaPersonne(CompteConnecte usager, long dossierId) {
        return dossiers.deCompte(usager.id()).stream().filter(d -> d.id() == dossierId).findFirst()
                .orElseThrow(() -> {
                    politique.journaliser(usager, Optional.of(dossierId), "accès d'un usager au dossier", ResultatAcces.REFUSE,
                            "ce compte n'est pas celui de la personne du dossier");
                    return new DossierIntrouvable();
                });
    }

    // Écritures de l'aidant, sous mandat

    public void ajouterEchange(CompteConnecte aidant, long id, CanalEchange canal, String objet, boolean regle) {
        politique.exiger(aidant, id, Besoin.TOUT_MANDAT_ACTIF, "ajout d'un échange");
        dossiers.ajouterEchange(id, new Echange(0, canal, aidant.nomAffiche(), maintenant(), objet, regle));
    }

    public void changerStatutDroit(CompteConnecte aidant, long id, long droitId, StatutDroit statut) {
        politique.exiger(aidant, id, Besoin.DROITS, "changement du statut d'un droit");
        if (!dossiers.changerStatutDroit(id, droitId, statut, maintenant())) {
            throw new SaisieInvalide("droit", "Droit : ce droit n'est pas dans ce dossier.");
        }
    }

    public void ajouterDemarche(CompteConnecte aidant, long id, DemarcheEnCours demarche) {
        politique.exiger(aidant, id, Besoin.perimetre(demarche.perimetre()), "ajout d'une démarche");
        dossiers.ajouterDemarche(id, demarche, maintenant());
    }

    public void mettreAJourDemarche(CompteConnecte aidant, long id, long demarcheId, StatutDemarche statut,
                                    String prochaineEtape) {
        politique.dossierDeLaStructure(aidant, id, "mise à jour d'une démarche");
        DemarcheEnCours demarche = dossiers.demarche(id, demarcheId)
                .orElseThrow(() -> new SaisieInvalide("demarche", "Démarche : cette démarche n'est pas dans ce dossier."));
        politique.exiger(aidant, id, Besoin.perimetre(demarche.perimetre()), "mise à jour d'une démarche");
        dossiers.mettreAJourDemarche(id, demarcheId, statut, prochaineEtape, maintenant());
    }

    public void ajouterPiece(CompteConnecte aidant, long id, String libelle) {
        politique.exiger(aidant, id, Besoin.TOUT_MANDAT_ACTIF, "ajout d'une pièce à réunir");
        dossiers.ajouterPiece(id, libelle);
    }

    public void cocherPieces(CompteConnecte aidant, long id, Set<Long> reunies) {
        politique.exiger(aidant, id, Besoin.TOUT_MANDAT_ACTIF, "pièces réunies cochées");
        dossiers.cocherPieces(id, reunies);
    }

    public void enregistrerDiagnostic(CompteConnecte aidant, long id, Set<QuestionAutonomie> saitFaire, boolean droitMenace) {
        politique.exiger(aidant, id, Besoin.TOUT_MANDAT_ACTIF, "diagnostic d'autonomie numérique");
        dossiers.enregistrerDiagnostic(id, new Diagnostic(saitFaire, droitMenace, aidant.nomAffiche(), maintenant()));
    }

    /** Lie le dossier au compte Passerelle de la personne (désigné par son adresse), à sa demande. */
    public void lierCompte(CompteConnecte aidant, long id, String courrielCompte) {
        politique.exiger(aidant, id, Besoin.TOUT_MANDAT_ACTIF, "liaison du compte de la personne");
        long compte = compteUsager(Optional.of(courrielCompte), true).orElseThrow();
        dossiers.lierCompte(id, compte);
    }

    // Données personnelles (RGPD)

    /** Export (article 15) par l'aidant, à la demande de la personne : ce que son mandat lui permet de voir. */
    public ExportDossier exporter(CompteConnecte aidant, long id) {
        VueDossier vue = voir(aidant, id, "export des données de la personne");
        if (!vue.sousMandat()) {
            throw new AccesRefuse(vue.refus().orElseThrow());
        }
        return new ExportDossier(vue, journal.duDossier(id));
    }

    /** Export (article 15) par la personne elle-même : tout ce qui est tenu sur elle. */
    public ExportDossier exporterPourLaPersonne(CompteConnecte usager, long id) {
        Dossier dossier = dossierDeLaPersonne(usager, id);
        politique.journaliser(usager, Optional.of(id), "export des données par la personne", ResultatAcces.AUTORISE, "");
        List<DonneesDuDossier.Rubrique> autres = autresModules.orderedStream()
                .flatMap(m -> m.pourLExport(id).stream()).toList();
        return new ExportDossier(complet(dossier), journal.duDossier(id), autres);
    }

    /** Effacement (article 17) par l'aidant, à la demande de la personne présente, sous mandat. */
    public void effacer(CompteConnecte aidant, long id) {
        Acces acces = politique.exiger(aidant, id, Besoin.TOUT_MANDAT_ACTIF, "effacement du dossier (RGPD, article 17)");
        effacer(acces.dossier(), "un aidant, à la demande de la personne");
    }

    /** Effacement (article 17) demandé par la personne depuis son espace. */
    public void effacerPourLaPersonne(CompteConnecte usager, long id) {
        Dossier dossier = dossierDeLaPersonne(usager, id);
        politique.journaliser(usager, Optional.of(id), "effacement du dossier (RGPD, article 17)", ResultatAcces.AUTORISE,
                "demandé par la personne");
        effacer(dossier, "la personne");
    }

    private void effacer(Dossier dossier, String par) {
        Instant le = maintenant();
        dossiers.effacer(dossier.id(), le);
        evenements.publishEvent(new DossierEfface(dossier.id(), dossier.structureId(), par, le));
    }

    // API publique (exposée aux autres modules par DossiersApi)

    public DossierVu ouvrir(CompteConnecte aidant, long dossierId, Perimetre perimetre, String action) {
        return vu(politique.exiger(aidant, dossierId, Besoin.perimetre(perimetre), action).dossier());
    }

    @Transactional(readOnly = true)
    public List<DossierVu> dePersonne(long compteUsagerId) {
        return dossiers.deCompte(compteUsagerId).stream().map(ServiceDossiers::vu).toList();
    }

    public int joindreDroits(CompteConnecte aidant, long dossierId, List<DroitTrouve> droits) {
        politique.exiger(aidant, dossierId, Besoin.DROITS, "droits trouvés joints au dossier");
        Instant le = maintenant();
        droits.forEach(d -> dossiers.joindreDroit(dossierId, d.code(), d.libelle(), d.montant(), d.periodicite(), le));
        return droits.size();
    }

    public long creerSuivi(CompteConnecte aidant, long dossierId, SuiviAFaire suivi) {
        politique.exiger(aidant, dossierId, Besoin.perimetre(suivi.perimetre()), "suivi créé depuis un atelier");
        DemarcheEnCours demarche = new DemarcheEnCours(0, borne(suivi.intitule(), 200), borne(suivi.organisation(), 200),
                StatutDemarche.A_FAIRE, borne(suivi.prochaineEtape(), 500), suivi.perimetre());
        Instant le = maintenant();
        long id = dossiers.ajouterDemarche(dossierId, demarche, le);
        dossiers.ajouterEchange(dossierId, new Echange(0, CanalEchange.ATELIER, aidant.nomAffiche(), le,
                borne("Suivi décidé avec la personne (" + suivi.origine() + ") : " + demarche.intitule() + ". Prochaine étape : "
                        + demarche.prochaineEtape(), 1000), false));
        return id;
    }

    private static String borne(String texte, int max) {
        String t = texte.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Suivi : l'intitulé, l'organisation et la prochaine étape sont obligatoires.");
        }
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    @Transactional(readOnly = true)
    public Set<Long> demarchesOuvertes(Collection<Long> demarcheIds) {
        return demarcheIds.isEmpty() ? Set.of() : dossiers.demarchesOuvertes(demarcheIds);
    }

    static DossierVu vu(Dossier d) {
        return new DossierVu(d.id(), d.structureId(), d.identite().nomComplet(), d.compteUsagerId());
    }
}
