package fr.passerelle.observatoire.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import fr.passerelle.droits.CouvertureFranceServices;
import fr.passerelle.droits.CouvertureFranceServices.CommuneDesservie;
import fr.passerelle.observatoire.internal.domaine.CriteresDemarche;
import fr.passerelle.observatoire.internal.domaine.Filtre;
import fr.passerelle.observatoire.internal.domaine.Format;
import fr.passerelle.observatoire.internal.domaine.GraphiqueSvg;
import fr.passerelle.observatoire.internal.domaine.GraphiqueSvg.Barre;
import fr.passerelle.observatoire.internal.domaine.Perimetre;
import fr.passerelle.observatoire.internal.domaine.Section;
import fr.passerelle.observatoire.internal.domaine.SecretStatistique;
import fr.passerelle.observatoire.internal.domaine.Tableau;
import fr.passerelle.observatoire.internal.domaine.TableauDeBord;
import fr.passerelle.observatoire.internal.persistance.CriteresJdbc;
import fr.passerelle.observatoire.internal.persistance.LecturesCourtes;
import fr.passerelle.observatoire.internal.persistance.StatistiquesJdbc;
import fr.passerelle.observatoire.internal.persistance.StatistiquesJdbc.ContactStructure;
import fr.passerelle.observatoire.internal.persistance.StatistiquesJdbc.DroitsGroupe;
import fr.passerelle.observatoire.internal.persistance.StatistiquesJdbc.Effectif;
import fr.passerelle.observatoire.internal.persistance.StatistiquesJdbc.NonRecoursLu;

/**
 * Construit les quatre tableaux de bord et les tableaux open data à partir des agrégats lus. Pour un agent
 * ({@link Perimetre} limité à son organisation), seules les sections qui se rattachent à une organisation sont
 * construites, filtrées en base sur elle : non-recours des dépistages lancés par ses agents, saisines qui lui sont
 * adressées, ateliers où elle tenait une table et personnes passées à sa table.
 */
@Service
public class TableauxDeBord {

    public static final List<String> IDS = List.of("acces-aux-droits", "qualite-du-contact", "demarches-en-ligne", "territoires");
    public static final int CIBLE_PREMIER_CONTACT = 80;
    public static final int CIBLE_DECROCHE = 85;
    /** Les tableaux de bord qu'un agent peut ouvrir (les démarches en ligne ne se rattachent pas à une organisation). */
    public static final List<String> IDS_ORGANISATION = List.of("acces-aux-droits", "qualite-du-contact", "territoires");

    private final StatistiquesJdbc stats;
    private final CriteresJdbc criteres;
    private final CouvertureFranceServices couverture;
    private final Clock horloge;
    private final LecturesCourtes courtes;

    TableauxDeBord(StatistiquesJdbc stats, CriteresJdbc criteres, CouvertureFranceServices couverture, Clock horloge,
                   LecturesCourtes courtes) {
        this.courtes = courtes;
        this.stats = stats;
        this.criteres = criteres;
        this.couverture = couverture;
        this.horloge = horloge;
    }

    public LocalDate aujourdhui() {
        return LocalDate.now(horloge.withZone(StatistiquesJdbc.PARIS_ZONE));
    }

    public java.time.Instant horodatage() {
        return horloge.instant();
    }

    public TableauDeBord construire(String id, Filtre f) {
        return construire(id, f, Perimetre.RESEAU);
    }

    /** @throws IllegalArgumentException si ce tableau de bord n'existe pas ou n'est pas ouvert à ce périmètre */
    public TableauDeBord construire(String id, Filtre f, Perimetre p) {
        if (p.limiteAUneOrganisation() && !IDS_ORGANISATION.contains(id)) {
            throw new IllegalArgumentException(id);
        }
        return switch (id) {
            case "acces-aux-droits" -> accesAuxDroits(f, p);
            case "qualite-du-contact" -> qualiteDuContact(f, p);
            case "demarches-en-ligne" -> demarchesEnLigne(f);
            case "territoires" -> territoires(f, p);
            default -> throw new IllegalArgumentException(id);
        };
    }

    public TableauDeBord accesAuxDroits(Filtre f) {
        return accesAuxDroits(f, Perimetre.RESEAU);
    }

    public TableauDeBord accesAuxDroits(Filtre f, Perimetre p) {
        List<Section> sections = new ArrayList<>();
        // Les deux lectures sont indépendantes : lancées ensemble (voir EnParallele).
        EnParallele.Resultat<List<StatistiquesJdbc.DroitsCroises>> croises;
        EnParallele.Resultat<List<NonRecoursLu>> lusNonRecours;
        EnParallele.Resultat<List<StatistiquesJdbc.DroitsEnAtelier>> enAtelier;
        try (EnParallele ensemble = new EnParallele(courtes)) {
            croises = p.limiteAUneOrganisation() ? EnParallele.Resultat.deja(List.of())
                    : ensemble.lancer(() -> stats.droitsParPrestationEtDepartement(f));
            enAtelier = p.limiteAUneOrganisation() ? EnParallele.Resultat.deja(List.of())
                    : ensemble.lancer(() -> stats.droitsEnAtelier(f));
            lusNonRecours = ensemble.lancer(() -> stats.nonRecours(f, p.organisationId()));
        }
        for (boolean parTerritoire : p.limiteAUneOrganisation() ? new boolean[0] : new boolean[] {false, true}) {
            List<DroitsGroupe> groupes = regrouper(croises.valeur(), parTerritoire);
            long decouverts = groupes.stream().mapToLong(DroitsGroupe::decouverts).sum();
            long demandes = groupes.stream().mapToLong(DroitsGroupe::demandes).sum();
            long accordes = groupes.stream().mapToLong(DroitsGroupe::accordes).sum();
            BigDecimal montant = groupes.stream().map(DroitsGroupe::montantAnnuel).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<List<Object>> lignes = new ArrayList<>();
            for (DroitsGroupe g : groupes) {
                lignes.add(List.of(g.libelle(), g.decouverts(), g.demandes(), g.accordes(), g.montantAnnuel()));
            }
            String id = parTerritoire ? "droits-par-territoire" : "droits-par-prestation";
            String resume = decouverts == 0 ? "Aucun droit trouvé dans les dossiers sur la période."
                    : decouverts + " droits trouvés dans les dossiers, " + demandes + " demandés (" + pct(demandes, decouverts)
                    + "), " + accordes + " accordés (" + pct(accordes, decouverts) + "), pour "
                    + Format.lisible(montant) + " € par an."
                    + (groupes.isEmpty() ? "" : " " + (parTerritoire ? "Département en tête" : "Prestation en tête") + " : "
                    + groupes.get(0).libelle() + ".");
            Tableau t = new Tableau(id, parTerritoire ? "Droits par département" : "Droits par prestation", resume,
                    List.of(parTerritoire ? "Département" : "Prestation", "Découverts", "Demandés", "Accordés",
                            "Montant annuel accordé (€)"), lignes);
            String svg = GraphiqueSvg.barres(id + "-graphique", t.titre() + " : droits accordés",
                    groupes.stream().map(g -> new Barre(g.libelle(), g.accordes())).toList(), "", 0, null);
            sections.add(new Section(t, svg));
        }
        if (!p.limiteAUneOrganisation()) {
            sections.add(droitsEnAtelier(enAtelier.valeur()));
        }
        List<NonRecoursLu> nonRecours = lusNonRecours.valeur();
        sections.add(nonRecours(nonRecours, false));
        sections.add(nonRecours(nonRecours, true));
        return new TableauDeBord("acces-aux-droits", "Accès aux droits", p.limiteAUneOrganisation()
                ? "Chiffres de " + p.libelle() + " seulement : non-recours trouvé par les dépistages proactifs lancés par "
                        + "les agents de votre organisation, et ce qui en a été résolu."
                : "Droits trouvés dans les dossiers (questionnaire « Mes droits » joint au dossier ou saisie de l'aidant), "
                        + "selon leur statut à leur dernière mise à jour dans la période. Le montant annuel compte les "
                        + "droits accordés (montant mensuel × 12). Puis le non-recours trouvé par le dépistage proactif "
                        + "et ce qui en a été résolu.", sections);
    }

    /**
     * Droits par prestation (libellé : le plus grand des libellés du code, comme {@code MAX(libelle)}) ou par
     * département, sommés depuis les cellules prestation × département ; triés comme avant (découverts décroissants,
     * puis la clé, vide en dernier). Montant arrondi à deux décimales sur la somme.
     */
    static List<DroitsGroupe> regrouper(List<StatistiquesJdbc.DroitsCroises> cellules, boolean parTerritoire) {
        Map<String, DroitsGroupe> parCle = new LinkedHashMap<>();
        for (StatistiquesJdbc.DroitsCroises c : cellules) {
            String cle = parTerritoire ? c.departement() : c.code();
            String libelle = parTerritoire ? c.departement() : c.libelle();
            DroitsGroupe g = new DroitsGroupe(cle, libelle, c.decouverts(), c.demandes(), c.accordes(), c.montantAnnuel());
            parCle.merge(cle == null ? "\0nul" : cle, g, (a, b) -> new DroitsGroupe(a.cle(), plusGrand(a.libelle(), b.libelle()),
                    a.decouverts() + b.decouverts(), a.demandes() + b.demandes(), a.accordes() + b.accordes(),
                    a.montantAnnuel().add(b.montantAnnuel())));
        }
        return parCle.values().stream()
                .map(g -> new DroitsGroupe(g.cle(), g.libelle(), g.decouverts(), g.demandes(), g.accordes(),
                        g.montantAnnuel().setScale(2, java.math.RoundingMode.HALF_UP)))
                .sorted(java.util.Comparator.comparingLong(DroitsGroupe::decouverts).reversed()
                        .thenComparing(DroitsGroupe::cle, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    private static String plusGrand(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    /** Droits découverts en atelier par le questionnaire passé sur place, par prestation, avec leur montant annuel. */
    private static Section droitsEnAtelier(List<StatistiquesJdbc.DroitsEnAtelier> lus) {
        long decouverts = lus.stream().mapToLong(StatistiquesJdbc.DroitsEnAtelier::decouverts).sum();
        BigDecimal montant = lus.stream().map(StatistiquesJdbc.DroitsEnAtelier::montantAnnuel).reduce(BigDecimal.ZERO, BigDecimal::add);
        String resume = decouverts == 0 ? "Aucun droit découvert en atelier sur la période (questionnaire passé sur place)."
                : decouverts + " droits découverts en atelier par le questionnaire passé sur place, pour "
                + Format.lisible(montant) + " € par an estimés ; prestation la plus fréquente : " + lus.get(0).libelle()
                + ". Ils ne sont comptés dans les dossiers que si un suivi a été ouvert et le droit joint au dossier.";
        Tableau t = new Tableau("droits-en-atelier", "Droits découverts en atelier, par prestation", resume,
                List.of("Prestation", "Droits découverts", "Montant annuel estimé (€)"),
                lus.stream().map(l -> List.<Object>of(l.libelle(), l.decouverts(), l.montantAnnuel())).toList());
        return new Section(t, GraphiqueSvg.barres("droits-en-atelier-graphique", t.titre(),
                lus.stream().map(l -> new Barre(l.libelle(), l.decouverts())).toList(), "", 0, null));
    }

    /** Non-recours trouvé par le dépistage proactif et part résolue, par prestation ou par département. */
    private static Section nonRecours(List<NonRecoursLu> lus, boolean parTerritoire) {
        Map<String, NonRecoursLu> parCle = new LinkedHashMap<>();
        for (NonRecoursLu l : lus) {
            String cle = parTerritoire ? l.departement() : l.prestation();
            parCle.merge(cle, new NonRecoursLu(cle, cle, l.constats(), l.montantAnnuel(), l.personnesConnues(), l.resolus(),
                    l.montantResolu()), (a, b) -> new NonRecoursLu(cle, cle, a.constats() + b.constats(),
                    a.montantAnnuel().add(b.montantAnnuel()), a.personnesConnues() + b.personnesConnues(),
                    a.resolus() + b.resolus(), a.montantResolu().add(b.montantResolu())));
        }
        List<NonRecoursLu> groupes = parCle.values().stream()
                .sorted(java.util.Comparator.comparingLong(NonRecoursLu::constats).reversed().thenComparing(NonRecoursLu::prestation))
                .toList();
        long constats = groupes.stream().mapToLong(NonRecoursLu::constats).sum();
        long connues = groupes.stream().mapToLong(NonRecoursLu::personnesConnues).sum();
        long resolus = groupes.stream().mapToLong(NonRecoursLu::resolus).sum();
        BigDecimal montant = groupes.stream().map(NonRecoursLu::montantAnnuel).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal montantResolu = groupes.stream().map(NonRecoursLu::montantResolu).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<List<Object>> lignes = new ArrayList<>();
        for (NonRecoursLu g : groupes) {
            BigDecimal t = taux(g.resolus(), g.constats());
            lignes.add(List.of(g.prestation(), g.constats(), g.montantAnnuel(), g.personnesConnues(), g.resolus(),
                    t == null ? "" : t, g.montantResolu()));
        }
        String id = parTerritoire ? "non-recours-par-territoire" : "non-recours-par-prestation";
        String resume = constats == 0 ? "Aucun non-recours trouvé par le dépistage proactif sur la période."
                : constats + " droits non demandés trouvés par le dépistage proactif, pour " + Format.lisible(montant)
                + " € par an ; " + resolus + " résolus (" + pct(resolus, constats) + "), pour " + Format.lisible(montantResolu)
                + " € par an. Un constat est résolu quand le droit est demandé ou accordé dans un dossier après le "
                + "dépistage : cela ne se voit que pour les " + connues + " personnes connues de Passerelle ("
                + pct(resolus, connues) + " d'entre elles).";
        Tableau t = new Tableau(id, parTerritoire ? "Non-recours trouvé par le dépistage proactif, par département"
                : "Non-recours trouvé par le dépistage proactif, par prestation", resume,
                List.of(parTerritoire ? "Département" : "Prestation", "Droits non demandés trouvés", "Montant annuel (€)",
                        "Personnes connues de Passerelle", "Résolus", "Part résolue (%)", "Montant annuel résolu (€)"), lignes);
        return new Section(t, GraphiqueSvg.barres(id + "-graphique", t.titre() + " : part résolue",
                groupes.stream().map(g -> new Barre(g.prestation(), valeur(taux(g.resolus(), g.constats())))).toList(), " %", 100, null));
    }

    public TableauDeBord qualiteDuContact(Filtre f) {
        return qualiteDuContact(f, Perimetre.RESEAU);
    }

    public TableauDeBord qualiteDuContact(Filtre f, Perimetre p) {
        if (p.limiteAUneOrganisation()) {
            return new TableauDeBord("qualite-du-contact", "Qualité du contact",
                    "Chiffres de " + p.libelle() + " seulement : saisines que les aidants lui ont adressées et délais de réponse.",
                    List.of(new Section(saisines(stats.saisines(f, p.organisationId()), p), null)));
        }
        // Sept lectures indépendantes, lancées ensemble (voir EnParallele).
        EnParallele.Resultat<List<ContactStructure>> lusContacts;
        EnParallele.Resultat<List<StatistiquesJdbc.DecrocheLu>> lusDecroche;
        EnParallele.Resultat<List<StatistiquesJdbc.SaisineLue>> lusSaisines;
        EnParallele.Resultat<StatistiquesJdbc.AppelsLus> lusAppels;
        EnParallele.Resultat<List<StatistiquesJdbc.RappelFait>> lusRappels;
        EnParallele.Resultat<List<Effectif>> lusNotifications;
        EnParallele.Resultat<List<Effectif>> lusRaisons;
        LocalDate aujourdhui = aujourdhui();
        try (EnParallele ensemble = new EnParallele(courtes)) {
            lusContacts = ensemble.lancer(() -> stats.premierContact(f));
            lusDecroche = ensemble.lancer(() -> stats.decroche(f));
            lusSaisines = ensemble.lancer(() -> stats.saisines(f, p.organisationId()));
            lusAppels = ensemble.lancer(() -> stats.appels(f, aujourdhui));
            lusRappels = ensemble.lancer(() -> stats.rappelsFaits(f));
            lusNotifications = ensemble.lancer(() -> stats.notifications(f));
            lusRaisons = ensemble.lancer(() -> stats.raisonsEchec(f));
        }
        List<Section> sections = new ArrayList<>();
        List<ContactStructure> contacts = lusContacts.valeur();
        Map<String, long[]> parCanal = new TreeMap<>();
        List<List<Object>> lignes = new ArrayList<>();
        long total = 0;
        long regles = 0;
        for (ContactStructure c : contacts) {
            lignes.add(List.of(c.structure(), c.canal(), c.echanges(), c.regles(), taux(c.regles(), c.echanges())));
            long[] cumul = parCanal.computeIfAbsent(c.canal(), k -> new long[2]);
            cumul[0] += c.echanges();
            cumul[1] += c.regles();
            total += c.echanges();
            regles += c.regles();
        }
        long sousCible = contacts.stream().filter(c -> c.regles() * 100 < (long) CIBLE_PREMIER_CONTACT * c.echanges()).count();
        String resume = total == 0 ? "Aucun échange enregistré sur la période."
                : pct(regles, total) + " des " + total + " échanges ont été réglés au premier contact (cible "
                + CIBLE_PREMIER_CONTACT + " %) ; " + sousCible + " couple(s) structure et canal sur " + contacts.size()
                + " sont sous la cible.";
        Tableau premier = new Tableau("premier-contact", "Réglé au premier contact, par structure et canal", resume,
                List.of("Structure", "Canal", "Échanges", "Réglés au premier contact", "Part réglée (%)"), lignes);
        sections.add(new Section(premier, GraphiqueSvg.barres("premier-contact-graphique",
                "Part des échanges réglés au premier contact, par canal, avec la cible de 80 %",
                parCanal.entrySet().stream().map(e -> new Barre(e.getKey(), valeur(taux(e.getValue()[1], e.getValue()[0]))))
                        .toList(), " %", 100, (double) CIBLE_PREMIER_CONTACT)));

        sections.add(decroche(lusDecroche.valeur()));
        sections.add(new Section(saisines(lusSaisines.valeur(), p), null));
        sections.add(new Section(rappels(lusAppels.valeur(), lusRappels.valeur()), null));

        Map<String, Map<String, Long>> notif = new TreeMap<>();
        for (Effectif e : lusNotifications.valeur()) {
            notif.computeIfAbsent(e.a(), k -> new LinkedHashMap<>()).put(e.b(), e.nombre());
        }
        List<List<Object>> lignesNotif = new ArrayList<>();
        List<Barre> barres = new ArrayList<>();
        for (var e : notif.entrySet()) {
            long n = e.getValue().values().stream().mapToLong(Long::longValue).sum();
            long annulees = e.getValue().getOrDefault("ANNULEE", 0L);
            long delivrees = e.getValue().getOrDefault("DELIVREE", 0L);
            long echecs = e.getValue().getOrDefault("ECHEC_DEFINITIF", 0L);
            BigDecimal t = taux(delivrees, n - annulees);
            lignesNotif.add(List.of(e.getKey(), n, delivrees, e.getValue().getOrDefault("ECHEC_TEMPORAIRE", 0L), echecs, annulees,
                    t == null ? "" : t));
            barres.add(new Barre(e.getKey(), valeur(t)));
        }
        sections.add(new Section(new Tableau("notifications", "Délivrance des notifications par canal",
                lignesNotif.isEmpty() ? "Aucune notification sur la période (les notifications n'ont pas de département : "
                        + "seul le filtre de période s'applique)."
                        : "Taux de délivrance = délivrées ÷ notifications non annulées. " + barres.stream()
                        .map(b -> b.libelle() + " : " + Format.lisible(b.valeur()) + " %").collect(Collectors.joining(" ; "))
                        + ". Seul le filtre de période s'applique (une notification n'a pas de département).",
                List.of("Canal", "Notifications", "Délivrées", "Échecs temporaires", "Échecs définitifs", "Annulées",
                        "Taux de délivrance (%)"), lignesNotif),
                GraphiqueSvg.barres("notifications-graphique", "Taux de délivrance des notifications par canal", barres,
                        " %", 100, null)));

        List<Effectif> raisons = lusRaisons.valeur();
        sections.add(new Section(new Tableau("raisons-echec", "Raisons d'échec des notifications",
                raisons.isEmpty() ? "Aucun échec de notification sur la période."
                        : "Raison la plus fréquente : « " + raisons.get(0).b() + " » (" + raisons.get(0).a() + ", "
                        + raisons.get(0).nombre() + " fois).",
                List.of("Canal", "Raison", "Nombre"),
                raisons.stream().map(r -> List.<Object>of(r.a(), r.b(), r.nombre())).toList()), null));
        return new TableauDeBord("qualite-du-contact", "Qualité du contact",
                "Échanges enregistrés dans les dossiers (case « réglé au premier contact »), appels reçus par les "
                        + "structures qui les enregistrent, saisines des administrations, demandes de rappel et "
                        + "notifications envoyées.", sections);
    }

    /** Taux de décroché là où les appels reçus sont enregistrés (structures qui notent leurs appels). */
    private static Section decroche(List<StatistiquesJdbc.DecrocheLu> structures) {
        Map<String, long[]> parDep = new TreeMap<>();
        List<List<Object>> lignes = new ArrayList<>();
        long appels = 0;
        long decroches = 0;
        for (var s : structures) {
            BigDecimal t = taux(s.decroches(), s.appels());
            lignes.add(List.of(s.structure(), s.departement(), s.appels(), s.decroches(), t));
            long[] n = parDep.computeIfAbsent(s.departement(), k -> new long[2]);
            n[0] += s.appels();
            n[1] += s.decroches();
            appels += s.appels();
            decroches += s.decroches();
        }
        long sousCible = structures.stream().filter(s -> s.decroches() * 100 < (long) CIBLE_DECROCHE * s.appels()).count();
        String resume = appels == 0 ? "Aucun appel reçu enregistré sur la période (le taux de décroché ne se mesure que "
                + "dans les structures qui notent leurs appels reçus)."
                : pct(decroches, appels) + " des " + appels + " appels reçus ont été décrochés (cible " + CIBLE_DECROCHE
                + " %), dans les " + structures.size() + " structure(s) qui enregistrent leurs appels ; " + sousCible
                + " sous la cible.";
        Tableau t = new Tableau("decroche", "Taux de décroché téléphonique, par structure", resume,
                List.of("Structure", "Département", "Appels reçus", "Décrochés", "Taux de décroché (%)"), lignes);
        return new Section(t, GraphiqueSvg.barres("decroche-graphique",
                "Taux de décroché par département, avec la cible de " + CIBLE_DECROCHE + " %",
                parDep.entrySet().stream().map(e -> new Barre(e.getKey(), valeur(taux(e.getValue()[1], e.getValue()[0]))))
                        .toList(), " %", 100, (double) CIBLE_DECROCHE));
    }

    /** Demandes de rappel (liste d'appels des aidants) : faites, en retard, et délai entre la demande et l'appel. */
    private static Tableau rappels(StatistiquesJdbc.AppelsLus appels, List<StatistiquesJdbc.RappelFait> faits) {
        List<Long> minutes = faits.stream().map(r -> Duration.between(r.creeLe(), r.faitLe()).toMinutes()).sorted().toList();
        long aTemps = faits.stream().filter(r -> !LocalDate.ofInstant(r.faitLe(), StatistiquesJdbc.PARIS_ZONE)
                .isAfter(r.avantLe())).count();
        Object mediane = minutes.isEmpty() ? "" : heures(mediane(minutes));
        Object max = minutes.isEmpty() ? "" : heures(minutes.get(minutes.size() - 1));
        String resume = appels.total() == 0 ? "Aucune demande de rappel sur la période."
                : appels.faits() + " appels faits sur " + appels.total() + " (" + pct(appels.faits(), appels.total())
                + ") ; " + appels.enRetard() + " non faits après la date promise."
                + (minutes.isEmpty() ? "" : " Délai médian entre la demande et l'appel : " + Format.lisible(mediane)
                + " h ; " + aTemps + " sur " + minutes.size() + " faits au plus tard le jour promis ("
                + pct(aTemps, minutes.size()) + ").")
                + " Seul le filtre de période s'applique (une demande de rappel n'a pas de département).";
        return new Tableau("rappels", "Appels à passer (demandes de rappel) et leur délai", resume,
                List.of("Demandes de rappel", "Faites", "En retard", "Faites avec l'heure", "Faites au plus tard le jour promis",
                        "Délai médian (heures)", "Délai le plus long (heures)"),
                List.of(List.of(appels.total(), appels.faits(), appels.enRetard(), (long) minutes.size(), aTemps, mediane, max)));
    }

    private static BigDecimal heures(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP);
    }

    private static Tableau saisines(List<StatistiquesJdbc.SaisineLue> lues, Perimetre p) {
        Map<String, List<StatistiquesJdbc.SaisineLue>> parType = lues.stream()
                .collect(Collectors.groupingBy(StatistiquesJdbc.SaisineLue::typeOrganisation, TreeMap::new, Collectors.toList()));
        List<List<Object>> lignes = new ArrayList<>();
        long total = 0;
        long closes = 0;
        for (var e : parType.entrySet()) {
            List<Long> delais = e.getValue().stream().filter(s -> s.closeLe() != null)
                    .map(s -> Duration.between(s.ouverteLe(), s.closeLe()).toHours()).sorted().toList();
            lignes.add(List.of(e.getKey(), (long) e.getValue().size(), (long) delais.size(),
                    delais.isEmpty() ? "" : BigDecimal.valueOf(mediane(delais)).divide(BigDecimal.valueOf(24), 1, java.math.RoundingMode.HALF_UP),
                    delais.isEmpty() ? "" : BigDecimal.valueOf(delais.get(delais.size() - 1)).divide(BigDecimal.valueOf(24), 1, java.math.RoundingMode.HALF_UP)));
            total += e.getValue().size();
            closes += delais.size();
        }
        return new Tableau("saisines", p.limiteAUneOrganisation() ? "Saisines adressées à " + p.libelle() + " et délais de réponse"
                        : "Saisines des administrations et délais de réponse",
                total == 0 ? "Aucune saisine ouverte sur la période."
                        : total + " saisines ouvertes sur la période, " + closes + " closes (" + pct(closes, total) + ").",
                List.of("Organisation", "Ouvertes", "Closes", "Délai médian de clôture (jours)", "Délai le plus long (jours)"),
                lignes);
    }

    public TableauDeBord demarchesEnLigne(Filtre f) {
        Map<String, CriteresDemarche> parIntitule = criteres.tous().stream()
                .collect(Collectors.toMap(CriteresDemarche::intitule, c -> c, (a, b) -> a, LinkedHashMap::new));
        List<List<Object>> lignes = new ArrayList<>();
        List<Barre> barres = new ArrayList<>();
        var demarches = stats.demarches(f);
        for (var d : demarches) {
            CriteresDemarche c = parIntitule.remove(d.intitule());
            lignes.add(ligneDemarche(d.intitule(), d.total(), d.bloquees(), d.bloqueesAvant(), c));
            barres.add(new Barre(d.intitule(), d.bloquees()));
        }
        parIntitule.values().forEach(c -> lignes.add(ligneDemarche(c.intitule(), 0, 0, 0, c)));
        long bloquees = demarches.stream().mapToLong(StatistiquesJdbc.DemarcheLue::bloquees).sum();
        long avant = demarches.stream().mapToLong(StatistiquesJdbc.DemarcheLue::bloqueesAvant).sum();
        String resume = demarches.isEmpty() ? "Aucune démarche suivie dans les dossiers sur la période."
                : bloquees + " démarches bloquées sur la période, contre " + avant + " sur la période précédente de même durée"
                + (demarches.get(0).bloquees() > 0 ? " ; la plus souvent bloquée : « " + demarches.get(0).intitule() + " »." : ".");
        Tableau t = new Tableau("demarches", "Difficultés par démarche et critères de qualité", resume,
                List.of("Démarche", "Suivies", "Bloquées", "Part bloquée (%)", "Bloquées période précédente", "Tendance",
                        "Deux canaux humains", "Satisfaction (%)", "FranceConnect", "Marche sur téléphone", "Accessibilité",
                        "Critères remplis (sur 5)"), lignes);
        return new TableauDeBord("demarches-en-ligne", "Démarches en ligne",
                "Démarches suivies dans les dossiers (une démarche « bloquée » est une difficulté enregistrée par l'aidant), "
                        + "avec les critères de qualité saisis par le coordinateur.",
                List.of(new Section(t, GraphiqueSvg.barres("demarches-graphique", "Démarches bloquées par démarche", barres,
                        "", 0, null))));
    }

    private static List<Object> ligneDemarche(String intitule, long total, long bloquees, long avant, CriteresDemarche c) {
        List<Object> l = new ArrayList<>(List.of(intitule, total, bloquees, taux(bloquees, total) == null ? "" : taux(bloquees, total),
                avant, bloquees > avant ? "en hausse" : bloquees < avant ? "en baisse" : "stable"));
        if (c == null) {
            l.addAll(List.of("non saisi", "non saisi", "non saisi", "non saisi", "non saisi", "non saisi"));
        } else {
            l.addAll(List.of(ouiNon(c.deuxCanauxHumains()), (long) c.satisfaction(), ouiNon(c.franceConnect()),
                    ouiNon(c.marcheSurTelephone()), c.accessibilite().libelle(), (long) c.criteresRemplis()));
        }
        return l;
    }

    public TableauDeBord territoires(Filtre f) {
        return territoires(f, Perimetre.RESEAU);
    }

    public TableauDeBord territoires(Filtre f, Perimetre p) {
        if (p.limiteAUneOrganisation()) {
            return new TableauDeBord("territoires", "Territoires",
                    "Chiffres de " + p.libelle() + " seulement : ateliers où votre organisation tenait une table, et "
                            + "personnes passées à votre table.", List.of(ateliers(stats.ateliers(f, aujourdhui(), p.organisationId()), p),
                    personnesRencontrees(stats.personnesRencontrees(f, p.organisationId()), p)));
        }
        // Trois lectures indépendantes, lancées ensemble (voir EnParallele).
        EnParallele.Resultat<List<StatistiquesJdbc.AteliersLus>> lusAteliers;
        EnParallele.Resultat<List<StatistiquesJdbc.PassagesLus>> lusPassages;
        EnParallele.Resultat<List<Effectif>> lusAllerVers;
        LocalDate aujourdhui = aujourdhui();
        try (EnParallele ensemble = new EnParallele(courtes)) {
            lusAteliers = ensemble.lancer(() -> stats.ateliers(f, aujourdhui, p.organisationId()));
            lusPassages = ensemble.lancer(() -> stats.personnesRencontrees(f, p.organisationId()));
            lusAllerVers = ensemble.lancer(() -> stats.allerVers(f));
        }
        List<CommuneDesservie> communes = couverture.communes().stream()
                .filter(c -> f.departement().map(d -> d.equals(c.departement())).orElse(true)).toList();
        Map<String, long[]> parDep = new TreeMap<>();
        for (CommuneDesservie c : communes) {
            long[] n = parDep.computeIfAbsent(c.departement(), k -> new long[2]);
            n[0]++;
            n[1] += c.eloignee() ? 1 : 0;
        }
        long eloignees = parDep.values().stream().mapToLong(n -> n[1]).sum();
        List<Section> sections = new ArrayList<>();
        List<List<Object>> lignes = new ArrayList<>();
        parDep.forEach((d, n) -> lignes.add(List.of(d, n[0], n[1], taux(n[1], n[0]))));
        sections.add(new Section(new Tableau("communes-eloignees", "Communes à plus de 30 minutes d'un site France services",
                eloignees + " communes sur " + communes.size() + " (" + pct(eloignees, communes.size()) + ") sont à plus de "
                        + CouvertureFranceServices.LOIN_MINUTES + " minutes en voiture du site France services le plus proche "
                        + "(estimation : distance à vol d'oiseau × 1,3 à 50 km/h).",
                List.of("Département", "Communes", "À plus de 30 minutes", "Part (%)"), lignes),
                GraphiqueSvg.barres("communes-eloignees-graphique", "Communes à plus de 30 minutes d'un site, par département",
                        parDep.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1])).limit(20)
                                .map(e -> new Barre(e.getKey(), e.getValue()[1])).toList(), "", 0, null)));
        if (f.departement().isPresent()) {
            sections.add(new Section(new Tableau("liste-communes-eloignees", "Liste des communes éloignées du département",
                    "Les communes les plus éloignées en premier.", List.of("Code INSEE", "Commune", "Minutes jusqu'au site le plus proche"),
                    communes.stream().filter(CommuneDesservie::eloignee)
                            .sorted((a, b) -> Integer.compare(b.minutesDuSiteLePlusProche(), a.minutesDuSiteLePlusProche()))
                            .map(c -> List.<Object>of(c.codeInsee(), c.nom(), (long) c.minutesDuSiteLePlusProche())).toList()), null));
        }
        sections.add(ateliers(lusAteliers.valeur(), p));
        sections.add(personnesRencontrees(lusPassages.valeur(), p));
        List<Effectif> allerVers = lusAllerVers.valeur();
        sections.add(new Section(new Tableau("aller-vers", "Ateliers et maraudes (échanges enregistrés)",
                allerVers.isEmpty() ? "Aucun échange en atelier ou en maraude enregistré sur la période."
                        : allerVers.stream().mapToLong(Effectif::nombre).sum() + " échanges en atelier ou en maraude enregistrés "
                        + "dans les dossiers sur la période (suivis dans un dossier, en plus des personnes rencontrées ci-dessus).",
                List.of("Département", "Canal", "Échanges"),
                allerVers.stream().map(e -> List.<Object>of(e.a(), e.b(), e.nombre())).toList()), null));
        return new TableauDeBord("territoires", "Territoires",
                "Couverture du territoire par les sites France services, ateliers tenus et prévus, personnes rencontrées "
                        + "et actions d'aller-vers enregistrées.", sections);
    }

    /** Ateliers tenus dans la période (jusqu'à aujourd'hui) et prévus après aujourd'hui, par département. */
    private static Section ateliers(List<StatistiquesJdbc.AteliersLus> deps, Perimetre p) {
        long tenus = deps.stream().mapToLong(StatistiquesJdbc.AteliersLus::tenus).sum();
        long confirmes = deps.stream().mapToLong(StatistiquesJdbc.AteliersLus::prevusConfirmes).sum();
        long proposes = deps.stream().mapToLong(StatistiquesJdbc.AteliersLus::prevusProposes).sum();
        String resume = tenus + confirmes + proposes == 0 ? "Aucun atelier tenu sur la période ni prévu."
                : tenus + " atelier(s) tenu(s) sur la période jusqu'à aujourd'hui ; " + (confirmes + proposes)
                + " prévu(s) après aujourd'hui (" + confirmes + " confirmé(s), " + proposes + " seulement proposé(s)), "
                + "quelle que soit la fin de la période. Un atelier passé compte comme tenu s'il était confirmé ou si des "
                + "personnes y ont été enregistrées.";
        Tableau t = new Tableau("ateliers", p.limiteAUneOrganisation() ? "Ateliers où " + p.libelle() + " tenait une table"
                : "Ateliers tenus et prévus, par département", resume,
                List.of("Département", "Tenus", "Prévus et confirmés", "Prévus, seulement proposés"),
                deps.stream().map(d -> List.<Object>of(d.departement(), d.tenus(), d.prevusConfirmes(), d.prevusProposes())).toList());
        return new Section(t, GraphiqueSvg.barres("ateliers-graphique", "Ateliers tenus par département",
                deps.stream().map(d -> new Barre(d.departement(), d.tenus())).toList(), "", 0, null));
    }

    /** Personnes rencontrées le jour J des ateliers de la période (pour une organisation : passées à sa table). */
    private static Section personnesRencontrees(List<StatistiquesJdbc.PassagesLus> deps, Perimetre p) {
        long personnes = deps.stream().mapToLong(StatistiquesJdbc.PassagesLus::personnes).sum();
        long questionnaires = deps.stream().mapToLong(StatistiquesJdbc.PassagesLus::questionnaires).sum();
        long droits = deps.stream().mapToLong(StatistiquesJdbc.PassagesLus::droitsDecouverts).sum();
        long demarches = deps.stream().mapToLong(StatistiquesJdbc.PassagesLus::demarchesFaites).sum();
        String resume = personnes == 0 ? "Aucune personne rencontrée en atelier sur la période."
                : personnes + " personne(s) rencontrée(s) en atelier sur la période" + (p.limiteAUneOrganisation()
                ? " à votre table" : "") + " ; questionnaire « Mes droits » fait pour " + questionnaires + " ("
                + pct(questionnaires, personnes) + ") ; " + droits + " droit(s) découvert(s) et " + demarches
                + " démarche(s) faite(s) sur place.";
        Tableau t = new Tableau("personnes-rencontrees", p.limiteAUneOrganisation()
                ? "Personnes passées à la table de " + p.libelle() : "Personnes rencontrées en atelier, par département", resume,
                List.of("Département", "Personnes rencontrées", "Questionnaire « Mes droits » fait", "Droits découverts",
                        "Démarches faites sur place"),
                deps.stream().map(d -> List.<Object>of(d.departement(), d.personnes(), d.questionnaires(), d.droitsDecouverts(),
                        d.demarchesFaites())).toList());
        return new Section(t, GraphiqueSvg.barres("personnes-rencontrees-graphique", "Personnes rencontrées par département",
                deps.stream().map(d -> new Barre(d.departement(), d.personnes())).toList(), "", 0, null));
    }

    /** Les tableaux open data d'une année, sous secret statistique (aucune cellule sous 11). */
    public List<Tableau> openData(int annee) {
        Filtre f = new Filtre(LocalDate.of(annee, 1, 1), LocalDate.of(annee, 12, 31), java.util.Optional.empty());
        List<Tableau> tableaux = new ArrayList<>();
        tableaux.add(croiser("droits", "Droits trouvés par département, prestation et statut, " + annee,
                List.of("Département", "Prestation"), List.of("A_DEMANDER", "DEMANDE", "ACCORDE", "REFUSE"),
                stats.droitsParDepartementPrestationStatut(f)));
        tableaux.add(croiser("premier-contact", "Échanges par département et canal, réglés ou non au premier contact, " + annee,
                List.of("Département", "Canal"), List.of("oui", "non"), stats.premierContactParDepartement(f)));
        tableaux.add(croiser("non-recours", "Non-recours trouvé par le dépistage proactif, par département et prestation, "
                        + "résolu ou non, " + annee, List.of("Département", "Prestation"), List.of("résolu", "non résolu"),
                courtes.lire(() -> stats.nonRecours(f, java.util.Optional.empty())).stream().flatMap(l -> java.util.stream.Stream.of(
                        new Effectif(l.departement(), l.prestation(), "résolu", l.resolus()),
                        new Effectif(l.departement(), l.prestation(), "non résolu", l.constats() - l.resolus()))).toList()));
        tableaux.add(croiser("personnes-rencontrees", "Personnes rencontrées en atelier, par département et public visé, "
                        + annee, List.of("Département", "Public visé"), List.of("questionnaire fait", "sans questionnaire"),
                stats.personnesParDepartementPublic(f)));
        tableaux.add(croiser("appels-recus", "Appels reçus par département et structure, décrochés ou non, " + annee,
                List.of("Département", "Structure"), List.of("décroché", "non décroché"), stats.decrocheParDepartement(f)));
        return tableaux;
    }

    public static Tableau croiser(String id, String titre, List<String> entetes, List<String> categories, List<Effectif> effectifs) {
        Map<List<String>, long[]> lignes = new LinkedHashMap<>();
        for (Effectif e : effectifs) {
            int j = categories.indexOf(e.c());
            if (j >= 0) {
                lignes.computeIfAbsent(List.of(e.a(), e.b()), k -> new long[categories.size()])[j] += e.nombre();
            }
        }
        long[][] matrice = lignes.values().toArray(new long[0][]);
        return SecretStatistique.appliquer(id, titre, "Cellules de moins de " + SecretStatistique.SEUIL
                        + " masquées (vides), ainsi que celles qui permettraient de les retrouver par différence.",
                entetes, new ArrayList<>(lignes.keySet()), categories, matrice);
    }

    private static BigDecimal taux(long n, long d) {
        return Format.taux(n, d);
    }

    private static String pct(long n, long d) {
        BigDecimal t = Format.taux(n, d);
        return t == null ? "—" : Format.lisible(t) + " %";
    }

    private static double valeur(BigDecimal b) {
        return b == null ? 0 : b.doubleValue();
    }

    private static String ouiNon(boolean b) {
        return b ? "oui" : "non";
    }

    private static long mediane(List<Long> tries) {
        int n = tries.size();
        return n % 2 == 1 ? tries.get(n / 2) : (tries.get(n / 2 - 1) + tries.get(n / 2)) / 2;
    }
}
