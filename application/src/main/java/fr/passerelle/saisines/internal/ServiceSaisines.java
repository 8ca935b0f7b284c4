package fr.passerelle.saisines.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.comptes.Annuaire;
import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.comptes.Role;
import fr.passerelle.dossiers.DossierVu;
import fr.passerelle.dossiers.Dossiers;
import fr.passerelle.journal.EvenementJournal;
import fr.passerelle.journal.Journal;
import fr.passerelle.journal.ResultatAcces;
import fr.passerelle.mandats.AccesRefuse;
import fr.passerelle.mandats.DecisionAcces;
import fr.passerelle.mandats.Mandats;
import fr.passerelle.mandats.Perimetre;
import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.DemandeNotification;
import fr.passerelle.notifications.Notifications;
import fr.passerelle.saisines.SaisineClose;
import fr.passerelle.saisines.SaisineOuverte;
import fr.passerelle.saisines.internal.domaine.Auteur;
import fr.passerelle.saisines.internal.domaine.DelaisDeService;
import fr.passerelle.saisines.internal.domaine.EtatSaisine;
import fr.passerelle.saisines.internal.domaine.IssueSaisine;
import fr.passerelle.saisines.internal.domaine.MessageSaisine;
import fr.passerelle.saisines.internal.domaine.NatureMessage;
import fr.passerelle.saisines.internal.domaine.NouvelleSaisine;
import fr.passerelle.saisines.internal.domaine.PerimetresParOrganisation;
import fr.passerelle.saisines.internal.domaine.PieceJointe;
import fr.passerelle.saisines.internal.domaine.PieceRefusee;
import fr.passerelle.saisines.internal.domaine.Saisine;
import fr.passerelle.saisines.internal.domaine.SaisieRefusee;
import fr.passerelle.saisines.internal.domaine.TypePieceJointe;
import fr.passerelle.saisines.internal.persistance.DelaisYaml;
import fr.passerelle.saisines.internal.persistance.SaisinesJdbc;
import fr.passerelle.structures.Organisation;
import fr.passerelle.structures.ReferentielStructures;

/**
 * Cas d'usage des saisines. Côté aidant, chaque accès passe par {@link Dossiers#ouvrir} (mandat exigé, accès
 * journalisé) ; côté agent, seule l'organisation de l'agent voit la saisine. Chaque réponse, demande de pièce et
 * clôture est journalisée et prévient l'aidant par courriel ; chaque refus (organisation inconnue, pièce refusée,
 * agent d'une autre organisation) est journalisé avec sa raison.
 */
@Service
@Transactional(noRollbackFor = {SaisieInvalide.class, AccesRefuse.class})
public class ServiceSaisines {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceSaisines.class);
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final SaisinesJdbc stockage;
    private final Dossiers dossiers;
    private final Mandats mandats;
    private final Journal journal;
    private final Notifications notifications;
    private final ReferentielStructures referentiel;
    private final Annuaire annuaire;
    private final ApplicationEventPublisher evenements;
    private final Clock horloge;
    private final DelaisDeService delais = DelaisYaml.lire(DelaisYaml.RESSOURCE);

    public ServiceSaisines(SaisinesJdbc stockage, Dossiers dossiers, Mandats mandats, Journal journal,
                           Notifications notifications, ReferentielStructures referentiel, Annuaire annuaire,
                           ApplicationEventPublisher evenements, Clock horloge) {
        this.stockage = stockage;
        this.dossiers = dossiers;
        this.mandats = mandats;
        this.journal = journal;
        this.notifications = notifications;
        this.referentiel = referentiel;
        this.annuaire = annuaire;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    public DelaisDeService delais() {
        return delais;
    }

    private Instant maintenant() {
        return horloge.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return referentiel.organisations();
    }

    // ----- Aidant -----

    /**
     * Ouvre le dossier pour l'aidant et dit quels périmètres ses mandats couvrent. Sans aucun périmètre couvert,
     * {@link Dossiers#ouvrir} refuse (et journalise) avec la raison.
     */
    public AccesDossier acces(CompteConnecte aidant, long dossierId, String action) {
        Set<Perimetre> couverts = EnumSet.noneOf(Perimetre.class);
        for (Perimetre p : Perimetre.values()) {
            if (mandats.decider(aidant, dossierId, p) instanceof DecisionAcces.Autorise) {
                couverts.add(p);
            }
        }
        Perimetre demande = couverts.isEmpty() ? Perimetre.PRESTATIONS_SOCIALES : couverts.iterator().next();
        DossierVu dossier = dossiers.ouvrir(aidant, dossierId, demande, action);
        if (couverts.isEmpty()) {
            // Les mandats ont changé entre les deux lectures : on ne montre rien.
            throw new AccesRefuse("Aucun mandat actif ne couvre ce dossier.");
        }
        return new AccesDossier(dossier, couverts);
    }

    /** Les saisines du dossier dont le périmètre est couvert par un mandat actif. */
    @Transactional(readOnly = true, noRollbackFor = AccesRefuse.class)
    public List<SaisineSuivie> duDossier(AccesDossier acces) {
        return stockage.duDossier(acces.dossier().id()).stream()
                .filter(s -> acces.perimetres().contains(s.perimetre()))
                .map(this::suivre).toList();
    }

    /**
     * Ouvre une saisine. L'organisation doit exister ; le périmètre qu'elle demande doit être couvert par un mandat
     * (sinon {@link AccesRefuse}) ; les champs et les pièces sont contrôlés.
     *
     * @throws SaisieInvalide avec chaque champ refusé et sa raison (les refus d'organisation et de pièce sont journalisés)
     */
    public Saisine ouvrir(CompteConnecte aidant, long dossierId, Optional<Long> organisationId, NouvelleSaisine demande,
                          List<PieceRecue> pieces) {
        Map<String, String> erreurs = new LinkedHashMap<>();
        Optional<Organisation> organisation = organisationId.flatMap(referentiel::organisation);
        if (organisationId.isEmpty()) {
            erreurs.put("organisation", "Choisissez l'organisation à saisir.");
        } else if (organisation.isEmpty()) {
            String raison = "L'organisation n° " + organisationId.get() + " n'existe pas dans Passerelle : "
                    + "choisissez-en une dans la liste.";
            journaliser(aidant, dossierId, "saisine refusée", ResultatAcces.REFUSE,
                    "organisation inconnue (n° " + organisationId.get() + ")");
            erreurs.put("organisation", raison);
        }
        DossierVu dossier = null;
        if (organisation.isPresent()) {
            dossier = dossiers.ouvrir(aidant, dossierId,
                    PerimetresParOrganisation.de(organisation.get().type()), "ouverture d'une saisine");
        }
        erreurs.putAll(demande.erreurs());
        List<Controlee> controlees = controler(aidant, dossierId, pieces, erreurs);
        if (!erreurs.isEmpty()) {
            throw new SaisieInvalide(erreurs);
        }
        Instant le = maintenant();
        Saisine saisine = stockage.inserer(Saisine.ouvrir(dossierId, aidant.structureId().orElseThrow(), aidant.id(),
                aidant.nomAffiche(), dossier.nomComplet(), organisation.get(), demande, le));
        for (Controlee piece : controlees) {
            stockage.ajouterPiece(new PieceJointe(null, saisine.id(), null, piece.nom(), piece.type(),
                    piece.contenu().length, Auteur.AIDANT, le), piece.contenu());
        }
        journaliser(aidant, dossierId, "saisine ouverte", ResultatAcces.AUTORISE, "saisine n° " + saisine.id()
                + " adressée à " + saisine.organisationNom() + " (" + controlees.size() + " pièce(s) partagée(s) avec l'accord de la personne)");
        evenements.publishEvent(new SaisineOuverte(saisine.id(), dossierId, saisine.organisationId(),
                saisine.perimetre(), le));
        return saisine;
    }

    /** Le fil d'une saisine, pour l'aidant (mandat exigé sur le périmètre de la saisine). */
    public FilSaisine pourAidant(CompteConnecte aidant, long saisineId) {
        Saisine saisine = saisine(saisineId);
        dossiers.ouvrir(aidant, saisine.dossierId(), saisine.perimetre(), "consultation d'une saisine");
        return fil(saisine);
    }

    /** L'aidant écrit dans le fil, avec des pièces éventuelles (la pièce demandée, par exemple). */
    public MessageSaisine ecrireCommeAidant(CompteConnecte aidant, long saisineId, String texte, boolean consentement,
                                            List<PieceRecue> pieces) {
        Saisine saisine = saisine(saisineId);
        dossiers.ouvrir(aidant, saisine.dossierId(), saisine.perimetre(), "message sur une saisine");
        Map<String, String> erreurs = new LinkedHashMap<>();
        List<Controlee> controlees = controler(aidant, saisine.dossierId(), pieces, erreurs);
        if (!controlees.isEmpty() && !consentement) {
            erreurs.put("consentement", "Cochez la case : la personne doit être d'accord pour que ces pièces soient "
                    + "transmises à l'organisation.");
        }
        Instant le = maintenant();
        Saisine suivante = null;
        MessageSaisine message = null;
        try {
            suivante = saisine.messageDeLAidant(le);
            message = new MessageSaisine(null, saisineId, Auteur.AIDANT, aidant.id(), aidant.nomAffiche(),
                    NatureMessage.MESSAGE, texte, le);
        } catch (SaisieRefusee refus) {
            erreurs.put(refus.champ(), refus.raison());
        }
        if (!erreurs.isEmpty()) {
            throw new SaisieInvalide(erreurs);
        }
        MessageSaisine ecrit = stockage.ajouter(message);
        for (Controlee piece : controlees) {
            stockage.ajouterPiece(new PieceJointe(null, saisineId, ecrit.id(), piece.nom(), piece.type(),
                    piece.contenu().length, Auteur.AIDANT, le), piece.contenu());
        }
        stockage.mettreAJour(suivante);
        journaliser(aidant, saisine.dossierId(), "message à l'organisation", ResultatAcces.AUTORISE,
                "saisine n° " + saisineId + (controlees.isEmpty() ? "" : ", " + controlees.size() + " pièce(s) partagée(s)"));
        return ecrit;
    }

    // ----- Agent -----

    /** Les saisines adressées à l'organisation de l'agent, les en-retard d'abord, puis les plus anciennes. */
    @Transactional(readOnly = true)
    public List<SaisineSuivie> pourOrganisation(CompteConnecte agent, Optional<EtatSaisine> filtre) {
        long organisation = organisationDe(agent);
        return stockage.deLOrganisation(organisation).stream()
                .filter(s -> filtre.map(e -> e == s.etat()).orElse(true))
                .map(this::suivre)
                .sorted(Comparator.comparing((SaisineSuivie s) -> !s.enRetard())
                        .thenComparing(s -> s.saisine().close())
                        .thenComparing(s -> s.reponseAttendueAvant().orElse(Instant.MAX))
                        .thenComparing(s -> s.saisine().ouverteLe()))
                .toList();
    }

    /** Le fil d'une saisine pour un agent de l'organisation saisie (refusé et journalisé pour toute autre). */
    public FilSaisine pourAgent(CompteConnecte agent, long saisineId) {
        Saisine saisine = saisineDeLAgent(agent, saisineId, "consultation d'une saisine par l'organisation");
        journaliser(agent, saisine.dossierId(), "consultation d'une saisine par l'organisation",
                ResultatAcces.AUTORISE, "saisine n° " + saisineId);
        return fil(saisine);
    }

    public MessageSaisine repondre(CompteConnecte agent, long saisineId, String texte) {
        Saisine saisine = saisineDeLAgent(agent, saisineId, "réponse à une saisine");
        return agir(agent, saisine, () -> saisine.repondueParAgent(), NatureMessage.MESSAGE, texte,
                "réponse de l'organisation", "saisine-reponse");
    }

    public MessageSaisine demanderPiece(CompteConnecte agent, long saisineId, String texte) {
        Saisine saisine = saisineDeLAgent(agent, saisineId, "demande de pièce");
        return agir(agent, saisine, () -> saisine.pieceDemandee(), NatureMessage.DEMANDE_PIECE, texte,
                "pièce demandée par l'organisation", "saisine-piece-demandee");
    }

    public MessageSaisine clore(CompteConnecte agent, long saisineId, Optional<IssueSaisine> issue, String texte) {
        Saisine saisine = saisineDeLAgent(agent, saisineId, "clôture d'une saisine");
        if (issue.isEmpty()) {
            Map<String, String> erreurs = new LinkedHashMap<>();
            erreurs.put("issue", "Choisissez l'issue de la saisine : résolue, refusée ou réorientée.");
            try {
                new MessageSaisine(null, saisineId, Auteur.AGENT, agent.id(), agent.nomAffiche(), NatureMessage.CLOTURE,
                        texte, maintenant());
            } catch (SaisieRefusee refus) {
                erreurs.put("texteCloture", refus.raison());
            }
            throw new SaisieInvalide(erreurs);
        }
        Instant le = maintenant();
        MessageSaisine message = agir(agent, saisine, () -> saisine.close(issue.get(), le), NatureMessage.CLOTURE,
                texte, "saisine close : " + issue.get().libelle().toLowerCase(Locale.FRENCH),
                "saisine-close-" + issue.get().name().toLowerCase(Locale.ROOT));
        evenements.publishEvent(new SaisineClose(saisineId, saisine.dossierId(), saisine.organisationId(),
                issue.get().name(), le));
        return message;
    }

    // ----- Pièces -----

    /** Le contenu d'une pièce, pour l'aidant (sous mandat) ou l'agent de l'organisation saisie. */
    public PieceTelechargee piece(CompteConnecte compte, long saisineId, long pieceId) {
        Saisine saisine;
        if (compte.role() == Role.AGENT) {
            saisine = saisineDeLAgent(compte, saisineId, "téléchargement d'une pièce");
            journaliser(compte, saisine.dossierId(), "pièce téléchargée par l'organisation", ResultatAcces.AUTORISE,
                    "saisine n° " + saisineId + ", pièce n° " + pieceId);
        } else {
            saisine = saisine(saisineId);
            dossiers.ouvrir(compte, saisine.dossierId(), saisine.perimetre(), "téléchargement d'une pièce de saisine");
        }
        PieceJointe piece = stockage.pieces(saisineId).stream().filter(p -> p.id() == pieceId).findFirst()
                .orElseThrow(() -> new Introuvable("pièce " + pieceId));
        byte[] contenu = stockage.contenu(saisineId, pieceId).orElseThrow(() -> new Introuvable("pièce " + pieceId));
        return new PieceTelechargee(piece, contenu);
    }

    public record PieceTelechargee(PieceJointe piece, byte[] contenu) {
    }

    // ----- Interne -----

    private record Controlee(String nom, TypePieceJointe type, byte[] contenu) {
    }

    private List<Controlee> controler(CompteConnecte aidant, long dossierId, List<PieceRecue> pieces,
                                      Map<String, String> erreurs) {
        List<PieceRecue> envoyees = pieces.stream()
                .filter(p -> p.contenu() != null && (p.contenu().length > 0 || (p.nom() != null && !p.nom().isBlank())))
                .toList();
        if (envoyees.size() > PieceJointe.NOMBRE_MAX) {
            erreurs.put("pieces", "Vous avez joint " + envoyees.size() + " fichiers : " + PieceJointe.NOMBRE_MAX
                    + " au plus par envoi.");
            journaliser(aidant, dossierId, "pièce refusée", ResultatAcces.REFUSE, "trop de fichiers (" + envoyees.size() + ")");
            return List.of();
        }
        List<Controlee> controlees = new ArrayList<>();
        List<String> refus = new ArrayList<>();
        for (PieceRecue piece : envoyees) {
            String nom = PieceJointe.nomSur(piece.nom());
            try {
                controlees.add(new Controlee(nom, PieceJointe.controler(nom, piece.contenu()), piece.contenu()));
            } catch (PieceRefusee r) {
                refus.add(r.raison());
                journaliser(aidant, dossierId, "pièce refusée", ResultatAcces.REFUSE, r.motif());
            }
        }
        if (!refus.isEmpty()) {
            erreurs.put("pieces", String.join(" ", refus) + " Les fichiers doivent être choisis à nouveau.");
        }
        return controlees;
    }

    private MessageSaisine agir(CompteConnecte agent, Saisine saisine, java.util.function.Supplier<Saisine> transition,
                                NatureMessage nature, String texte, String action, String modele) {
        Instant le = maintenant();
        Saisine suivante;
        MessageSaisine message;
        try {
            suivante = transition.get();
            message = new MessageSaisine(null, saisine.id(), Auteur.AGENT, agent.id(), agent.nomAffiche(), nature,
                    texte, le);
        } catch (SaisieRefusee refus) {
            String champ = switch (nature) {
                case MESSAGE -> "texteReponse";
                case DEMANDE_PIECE -> "textePiece";
                case CLOTURE -> "texteCloture";
            };
            throw new SaisieInvalide(Map.of("texte".equals(refus.champ()) ? champ : refus.champ(), refus.raison()));
        }
        MessageSaisine ecrit = stockage.ajouter(message);
        stockage.mettreAJour(suivante);
        journaliser(agent, saisine.dossierId(), action, ResultatAcces.AUTORISE, "saisine n° " + saisine.id()
                + " par " + saisine.organisationNom());
        prevenirAidant(saisine, ecrit, modele);
        return ecrit;
    }

    private void prevenirAidant(Saisine saisine, MessageSaisine message, String modele) {
        Optional<CompteConnecte> aidant = annuaire.parIdentifiant(saisine.aidantId());
        if (aidant.isEmpty()) {
            LOG.warn("Saisine {} : le compte de l'aidant {} n'existe plus, courriel non envoyé", saisine.id(),
                    saisine.aidantId());
            return;
        }
        String texte = message.texte();
        Map<String, String> variables = Map.of(
                "prenom", prenom(aidant.get().nomAffiche()),
                "organisme", saisine.organisationNom(),
                "demarche", saisine.objet(),
                "date", message.le().atZone(ZONE).format(DATE),
                "a_preparer", texte.length() > 300 ? texte.substring(0, 299) + "…" : texte);
        notifications.planifierVers(new DemandeNotification("saisine:" + saisine.id() + ":message:" + message.id(),
                saisine.aidantId(), modele, variables, message.le()), Canal.EMAIL, aidant.get().email());
    }

    static String prenom(String nomAffiche) {
        String nom = nomAffiche == null ? "" : nomAffiche.strip();
        int espace = nom.indexOf(' ');
        return espace > 0 ? nom.substring(0, espace) : nom;
    }

    private Saisine saisine(long id) {
        return stockage.parId(id).orElseThrow(() -> new Introuvable("saisine " + id));
    }

    private long organisationDe(CompteConnecte agent) {
        if (agent.role() != Role.AGENT || agent.organisationId().isEmpty()) {
            throw new AccesRefuse("Seuls les agents d'une organisation partenaire voient les saisines qui lui sont adressées.");
        }
        return agent.organisationId().get();
    }

    private Saisine saisineDeLAgent(CompteConnecte agent, long saisineId, String action) {
        long organisation = organisationDe(agent);
        Saisine saisine = saisine(saisineId);
        if (saisine.organisationId() != organisation) {
            String raison = "Cette saisine est adressée à une autre organisation que la vôtre : vous ne pouvez ni la "
                    + "lire ni y répondre.";
            journaliser(agent, saisine.dossierId(), action, ResultatAcces.REFUSE,
                    "saisine n° " + saisineId + " adressée à une autre organisation");
            throw new AccesRefuse(raison);
        }
        return saisine;
    }

    private SaisineSuivie suivre(Saisine s) {
        return new SaisineSuivie(s, s.enRetard(delais, horloge.instant()), s.reponseAttendueAvant(delais),
                delais.jours(s.typeOrganisation()));
    }

    private FilSaisine fil(Saisine saisine) {
        return new FilSaisine(suivre(saisine), stockage.messages(saisine.id()), stockage.pieces(saisine.id()));
    }

    private void journaliser(CompteConnecte acteur, long dossierId, String action, ResultatAcces resultat, String motif) {
        journal.ecrire(new EvenementJournal(acteur.id(), acteur.nomAffiche(), Optional.of(dossierId), action, resultat,
                motif));
    }
}
