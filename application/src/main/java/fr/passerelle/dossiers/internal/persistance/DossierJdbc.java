package fr.passerelle.dossiers.internal.persistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.passerelle.dossiers.DemarcheDuDossierModifiee;
import fr.passerelle.dossiers.DossierLieAUnCompte;
import fr.passerelle.dossiers.DroitDuDossierModifie;
import fr.passerelle.dossiers.EchangeEnregistre;
import fr.passerelle.dossiers.EchangeRetire;
import fr.passerelle.dossiers.internal.domaine.CanalEchange;
import fr.passerelle.dossiers.internal.domaine.DemarcheEnCours;
import fr.passerelle.dossiers.internal.domaine.Diagnostic;
import fr.passerelle.dossiers.internal.domaine.Dossier;
import fr.passerelle.dossiers.internal.domaine.DroitSuivi;
import fr.passerelle.dossiers.internal.domaine.Echange;
import fr.passerelle.dossiers.internal.domaine.Identite;
import fr.passerelle.dossiers.internal.domaine.PieceAReunir;
import fr.passerelle.dossiers.internal.domaine.QuestionAutonomie;
import fr.passerelle.dossiers.internal.domaine.StatutDemarche;
import fr.passerelle.dossiers.internal.domaine.StatutDroit;
import fr.passerelle.mandats.Perimetre;

/**
 * Les dossiers et leur contenu. Le NIR passe par {@link ChiffrementNir} : jamais en clair en base. Chaque écriture
 * d'un échange ou d'un droit publie ce qu'elle change ({@link EchangeEnregistre}, {@link EchangeRetire},
 * {@link DroitDuDossierModifie}), dans la transaction qui écrit : c'est ici que passent toutes ces écritures, celles
 * des services comme celles des données de démonstration.
 */
@Repository
public class DossierJdbc {

    private static final String DOSSIER = """
            SELECT d.id, d.structure_id, d.compte_usager_id, d.cree_le, i.nom, i.prenom, i.date_naissance, i.commune,
                   i.portable, i.courriel, i.nir_chiffre
            FROM dossier d JOIN dossier_identite i ON i.dossier_id = d.id
            WHERE d.efface_le IS NULL""";

    private final JdbcClient jdbc;
    private final ChiffrementNir chiffrement;
    private final ApplicationEventPublisher evenements;

    public DossierJdbc(JdbcClient jdbc, ChiffrementNir chiffrement, ApplicationEventPublisher evenements) {
        this.jdbc = jdbc;
        this.chiffrement = chiffrement;
        this.evenements = evenements;
    }

    static Object horodatage(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String colonne) throws SQLException {
        return rs.getObject(colonne, OffsetDateTime.class).toInstant();
    }

    /** Minuscules sans accents ni tirets : « Élodie Le-Bihan » se trouve en tapant « elodie le bihan ». */
    public static String normaliser(String texte) {
        return Normalizer.normalize(texte, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    public long creer(long structureId, Identite identite, Optional<Long> compteUsagerId, Instant le) {
        GeneratedKeyHolder cles = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO dossier (structure_id, compte_usager_id, cree_le) VALUES (:s, :c, :le)")
                .param("s", structureId).param("c", compteUsagerId.orElse(null)).param("le", horodatage(le))
                .update(cles, "id");
        long id = cles.getKeyAs(Number.class).longValue();
        jdbc.sql("""
                INSERT INTO dossier_identite (dossier_id, nom, prenom, nom_recherche, date_naissance, commune, portable,
                  courriel, nir_chiffre)
                VALUES (:id, :nom, :prenom, :recherche, :naissance, :commune, :portable, :courriel, :nir)""")
                .param("id", id).param("nom", identite.nom()).param("prenom", identite.prenom())
                .param("recherche", normaliser(identite.prenom() + " " + identite.nom()))
                .param("naissance", identite.dateNaissance()).param("commune", identite.commune())
                .param("portable", identite.portable().orElse(null)).param("courriel", identite.courriel().orElse(null))
                .param("nir", identite.nir().map(chiffrement::chiffrer).orElse(null)).update();
        return id;
    }

    public Optional<Dossier> lire(long id) {
        return jdbc.sql(DOSSIER + " AND d.id = :id").param("id", id).query(this::dossier).optional();
    }

    /** La structure d'un dossier, même effacé (pour refuser un accès sans rien révéler). */
    public Optional<Long> structureDe(long id) {
        return jdbc.sql("SELECT structure_id FROM dossier WHERE id = :id").param("id", id).query(Long.class).optional();
    }

    public boolean efface(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM dossier WHERE id = :id AND efface_le IS NOT NULL").param("id", id)
                .query(Integer.class).single() > 0;
    }

    /** Recherche par nom et prénom, toujours limitée à une structure. */
    public List<Dossier> rechercher(long structureId, String texte, int limite) {
        return jdbc.sql(DOSSIER + " AND d.structure_id = :s AND i.nom_recherche LIKE :motif ORDER BY i.nom, i.prenom, d.id LIMIT :limite")
                .param("s", structureId).param("motif", "%" + normaliser(texte) + "%").param("limite", limite)
                .query(this::dossier).list();
    }

    public List<Dossier> deCompte(long compteUsagerId) {
        return jdbc.sql(DOSSIER + " AND d.compte_usager_id = :c ORDER BY d.id").param("c", compteUsagerId)
                .query(this::dossier).list();
    }

    public void lierCompte(long id, long compteUsagerId) {
        Optional<Long> ancien = jdbc.sql("SELECT compte_usager_id FROM dossier WHERE id = :id AND efface_le IS NULL")
                .param("id", id).query((rs, i) -> {
                    long c = rs.getLong(1);
                    return rs.wasNull() ? Optional.<Long>empty() : Optional.of(c);
                }).optional().flatMap(c -> c);
        int lie = jdbc.sql("UPDATE dossier SET compte_usager_id = :c WHERE id = :id AND efface_le IS NULL")
                .param("c", compteUsagerId).param("id", id).update();
        if (lie == 1) {
            evenements.publishEvent(new DossierLieAUnCompte(id, ancien, compteUsagerId));
        }
    }

    private Dossier dossier(ResultSet rs, int ligne) throws SQLException {
        String nir = rs.getString("nir_chiffre");
        Identite identite = new Identite(rs.getString("nom"), rs.getString("prenom"),
                rs.getObject("date_naissance", LocalDate.class), rs.getString("commune"),
                Optional.ofNullable(rs.getString("portable")), Optional.ofNullable(rs.getString("courriel")),
                Optional.ofNullable(nir).map(chiffrement::dechiffrer));
        long compte = rs.getLong("compte_usager_id");
        // wasNull() juste après la lecture de la colonne : il parle de la dernière colonne lue.
        Optional<Long> compteUsager = rs.wasNull() ? Optional.empty() : Optional.of(compte);
        return new Dossier(rs.getLong("id"), rs.getLong("structure_id"), identite, compteUsager, instant(rs, "cree_le"));
    }

    // Droits trouvés

    public List<DroitSuivi> droits(long dossierId) {
        return jdbc.sql("SELECT * FROM dossier_droit WHERE dossier_id = :d ORDER BY id").param("d", dossierId)
                .query((rs, i) -> new DroitSuivi(rs.getLong("id"), rs.getString("code"), rs.getString("libelle"),
                        rs.getDouble("montant"), rs.getString("periodicite"), StatutDroit.valueOf(rs.getString("statut")),
                        instant(rs, "mis_a_jour_le"))).list();
    }

    /** Ajoute le droit, ou met à jour son libellé et son montant s'il est déjà au dossier (son statut est gardé). */
    public void joindreDroit(long dossierId, String code, String libelle, double montant, String periodicite, Instant le) {
        Optional<DroitDuDossierModifie.Etat> avant = etatDuDroit(dossierId, "code = :cle", code);
        int maj = jdbc.sql("UPDATE dossier_droit SET libelle = :l, montant = :m, periodicite = :p, mis_a_jour_le = :le "
                        + "WHERE dossier_id = :d AND code = :c")
                .param("l", libelle).param("m", montant).param("p", periodicite).param("le", horodatage(le))
                .param("d", dossierId).param("c", code).update();
        if (maj == 0) {
            jdbc.sql("INSERT INTO dossier_droit (dossier_id, code, libelle, montant, periodicite, statut, mis_a_jour_le) "
                            + "VALUES (:d, :c, :l, :m, :p, 'A_DEMANDER', :le)")
                    .param("d", dossierId).param("c", code).param("l", libelle).param("m", montant)
                    .param("p", periodicite).param("le", horodatage(le)).update();
        }
        publierDroit(dossierId, code, avant, etatDuDroit(dossierId, "code = :cle", code));
    }

    public boolean changerStatutDroit(long dossierId, long droitId, StatutDroit statut, Instant le) {
        Optional<DroitLu> avant = jdbc.sql("SELECT code, libelle, statut, montant, periodicite, mis_a_jour_le "
                        + "FROM dossier_droit WHERE dossier_id = :d AND id = :id")
                .param("d", dossierId).param("id", droitId)
                .query((rs, i) -> new DroitLu(rs.getString("code"), etat(rs))).optional();
        if (avant.isEmpty()) {
            return false;
        }
        boolean change = jdbc.sql("UPDATE dossier_droit SET statut = :s, mis_a_jour_le = :le WHERE dossier_id = :d AND id = :id")
                .param("s", statut.name()).param("le", horodatage(le)).param("d", dossierId).param("id", droitId)
                .update() == 1;
        publierDroit(dossierId, avant.get().code(), avant.map(DroitLu::etat), etatDuDroit(dossierId, "id = :cle", droitId));
        return change;
    }

    private record DroitLu(String code, DroitDuDossierModifie.Etat etat) {
    }

    /** Le droit tel qu'il est en base (montant exact, tel que la colonne l'a arrondi), par an. */
    private Optional<DroitDuDossierModifie.Etat> etatDuDroit(long dossierId, String condition, Object cle) {
        return jdbc.sql("SELECT libelle, statut, montant, periodicite, mis_a_jour_le FROM dossier_droit "
                        + "WHERE dossier_id = :d AND " + condition)
                .param("d", dossierId).param("cle", cle)
                .query((rs, i) -> etat(rs)).optional();
    }

    private static DroitDuDossierModifie.Etat etat(ResultSet rs) throws SQLException {
        java.math.BigDecimal montant = rs.getBigDecimal("montant");
        java.math.BigDecimal parAn = "par mois".equals(rs.getString("periodicite"))
                ? montant.multiply(java.math.BigDecimal.valueOf(12)) : montant;
        return new DroitDuDossierModifie.Etat(rs.getString("libelle"), rs.getString("statut"), parAn,
                instant(rs, "mis_a_jour_le"));
    }

    private void publierDroit(long dossierId, String code, Optional<DroitDuDossierModifie.Etat> avant,
                              Optional<DroitDuDossierModifie.Etat> apres) {
        if (!avant.equals(apres)) {
            evenements.publishEvent(new DroitDuDossierModifie(dossierId, structureDe(dossierId).orElseThrow(), code, avant, apres));
        }
    }

    // Démarches

    public List<DemarcheEnCours> demarches(long dossierId) {
        return jdbc.sql("SELECT * FROM dossier_demarche WHERE dossier_id = :d ORDER BY id").param("d", dossierId)
                .query((rs, i) -> demarche(rs)).list();
    }

    public Optional<DemarcheEnCours> demarche(long dossierId, long demarcheId) {
        return jdbc.sql("SELECT * FROM dossier_demarche WHERE dossier_id = :d AND id = :id").param("d", dossierId)
                .param("id", demarcheId).query((rs, i) -> demarche(rs)).optional();
    }

    private static DemarcheEnCours demarche(ResultSet rs) throws SQLException {
        return new DemarcheEnCours(rs.getLong("id"), rs.getString("intitule"), rs.getString("organisation"),
                StatutDemarche.valueOf(rs.getString("statut")), rs.getString("prochaine_etape"),
                Perimetre.valueOf(rs.getString("perimetre")));
    }

    /** @return le numéro de la démarche créée */
    public long ajouterDemarche(long dossierId, DemarcheEnCours d, Instant le) {
        org.springframework.jdbc.support.GeneratedKeyHolder cle = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO dossier_demarche (dossier_id, intitule, organisation, statut, prochaine_etape, perimetre, mis_a_jour_le)
                VALUES (:d, :i, :o, :s, :p, :per, :le)""")
                .param("d", dossierId).param("i", d.intitule()).param("o", d.organisation()).param("s", d.statut().name())
                .param("p", d.prochaineEtape()).param("per", d.perimetre().name()).param("le", horodatage(le)).update(cle, "id");
        long id = cle.getKey().longValue();
        publierDemarche(dossierId, Optional.empty(), etatDeLaDemarche(dossierId, id));
        return id;
    }

    /** Parmi ces démarches, celles qui ne sont pas terminées, dans un dossier non effacé. */
    public Set<Long> demarchesOuvertes(java.util.Collection<Long> ids) {
        return new java.util.HashSet<>(jdbc.sql("""
                SELECT m.id FROM dossier_demarche m JOIN dossier d ON d.id = m.dossier_id
                WHERE m.id IN (:ids) AND m.statut <> 'TERMINEE' AND d.efface_le IS NULL""")
                .param("ids", ids).query(Long.class).list());
    }

    public boolean mettreAJourDemarche(long dossierId, long demarcheId, StatutDemarche statut, String prochaineEtape, Instant le) {
        Optional<DemarcheDuDossierModifiee.Etat> avant = etatDeLaDemarche(dossierId, demarcheId);
        boolean change = jdbc.sql("UPDATE dossier_demarche SET statut = :s, prochaine_etape = :p, mis_a_jour_le = :le "
                        + "WHERE dossier_id = :d AND id = :id")
                .param("s", statut.name()).param("p", prochaineEtape).param("le", horodatage(le)).param("d", dossierId)
                .param("id", demarcheId).update() == 1;
        publierDemarche(dossierId, avant, etatDeLaDemarche(dossierId, demarcheId));
        return change;
    }

    private Optional<DemarcheDuDossierModifiee.Etat> etatDeLaDemarche(long dossierId, long demarcheId) {
        return jdbc.sql("SELECT intitule, statut, mis_a_jour_le FROM dossier_demarche WHERE dossier_id = :d AND id = :id")
                .param("d", dossierId).param("id", demarcheId)
                .query((rs, i) -> etatDemarche(rs)).optional();
    }

    private static DemarcheDuDossierModifiee.Etat etatDemarche(ResultSet rs) throws SQLException {
        return new DemarcheDuDossierModifiee.Etat(rs.getString("intitule"), rs.getString("statut"), instant(rs, "mis_a_jour_le"));
    }

    private void publierDemarche(long dossierId, Optional<DemarcheDuDossierModifiee.Etat> avant,
                                 Optional<DemarcheDuDossierModifiee.Etat> apres) {
        if (!avant.equals(apres)) {
            evenements.publishEvent(new DemarcheDuDossierModifiee(dossierId, structureDe(dossierId).orElseThrow(), avant, apres));
        }
    }

    // Pièces

    public List<PieceAReunir> pieces(long dossierId) {
        return jdbc.sql("SELECT * FROM dossier_piece WHERE dossier_id = :d ORDER BY id").param("d", dossierId)
                .query((rs, i) -> new PieceAReunir(rs.getLong("id"), rs.getString("libelle"), rs.getBoolean("reunie"))).list();
    }

    public void ajouterPiece(long dossierId, String libelle) {
        jdbc.sql("INSERT INTO dossier_piece (dossier_id, libelle, reunie) VALUES (:d, :l, FALSE)")
                .param("d", dossierId).param("l", libelle).update();
    }

    /** Coche exactement les pièces données (les autres sont décochées). */
    public void cocherPieces(long dossierId, Set<Long> reunies) {
        for (PieceAReunir p : pieces(dossierId)) {
            jdbc.sql("UPDATE dossier_piece SET reunie = :r WHERE dossier_id = :d AND id = :id")
                    .param("r", reunies.contains(p.id())).param("d", dossierId).param("id", p.id()).update();
        }
    }

    // Échanges

    public List<Echange> echanges(long dossierId) {
        return jdbc.sql("SELECT * FROM dossier_echange WHERE dossier_id = :d ORDER BY le DESC, id DESC").param("d", dossierId)
                .query((rs, i) -> new Echange(rs.getLong("id"), CanalEchange.valueOf(rs.getString("canal")),
                        rs.getString("par"), instant(rs, "le"), rs.getString("objet"),
                        rs.getBoolean("regle_au_premier_contact"))).list();
    }

    public void ajouterEchange(long dossierId, Echange e) {
        jdbc.sql("INSERT INTO dossier_echange (dossier_id, canal, par, le, objet, regle_au_premier_contact) "
                        + "VALUES (:d, :c, :p, :le, :o, :r)")
                .param("d", dossierId).param("c", e.canal().name()).param("p", e.par()).param("le", horodatage(e.le()))
                .param("o", e.objet()).param("r", e.regleAuPremierContact()).update();
        evenements.publishEvent(new EchangeEnregistre(structureDe(dossierId).orElseThrow(), e.canal().name(), e.le(),
                e.regleAuPremierContact()));
    }

    // Diagnostic

    public Optional<Diagnostic> diagnostic(long dossierId) {
        return jdbc.sql("SELECT * FROM dossier_diagnostic WHERE dossier_id = :d").param("d", dossierId)
                .query((rs, i) -> new Diagnostic(questions(rs.getString("sait_faire")), rs.getBoolean("droit_menace"),
                        rs.getString("par"), instant(rs, "le"))).optional();
    }

    private static Set<QuestionAutonomie> questions(String texte) {
        Set<QuestionAutonomie> questions = EnumSet.noneOf(QuestionAutonomie.class);
        Arrays.stream(texte.split(",")).filter(s -> !s.isBlank()).map(QuestionAutonomie::valueOf).forEach(questions::add);
        return questions;
    }

    public void enregistrerDiagnostic(long dossierId, Diagnostic d) {
        jdbc.sql("DELETE FROM dossier_diagnostic WHERE dossier_id = :d").param("d", dossierId).update();
        jdbc.sql("INSERT INTO dossier_diagnostic (dossier_id, sait_faire, droit_menace, par, le) VALUES (:d, :s, :m, :p, :le)")
                .param("d", dossierId)
                .param("s", d.saitFaire().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("m", d.droitMenace()).param("p", d.par()).param("le", horodatage(d.le())).update();
    }

    /**
     * Effacement (RGPD, article 17) : identité, droits, démarches, pièces, échanges et diagnostic sont supprimés ;
     * il ne reste que le numéro du dossier, sa structure et ses dates, auxquels renvoient le journal et les mandats.
     */
    public void effacer(long dossierId, Instant le) {
        long structure = structureDe(dossierId).orElseThrow();
        List<EchangeRetire> echanges = jdbc.sql("SELECT canal, le, regle_au_premier_contact FROM dossier_echange WHERE dossier_id = :d")
                .param("d", dossierId)
                .query((rs, i) -> new EchangeRetire(structure, rs.getString("canal"), instant(rs, "le"),
                        rs.getBoolean("regle_au_premier_contact")))
                .list();
        List<DroitDuDossierModifie> droits = jdbc.sql(
                        "SELECT code, libelle, statut, montant, periodicite, mis_a_jour_le FROM dossier_droit WHERE dossier_id = :d")
                .param("d", dossierId)
                .query((rs, i) -> new DroitDuDossierModifie(dossierId, structure, rs.getString("code"), Optional.of(etat(rs)),
                        Optional.empty()))
                .list();
        List<DemarcheDuDossierModifiee> demarches = jdbc.sql(
                        "SELECT intitule, statut, mis_a_jour_le FROM dossier_demarche WHERE dossier_id = :d")
                .param("d", dossierId)
                .query((rs, i) -> new DemarcheDuDossierModifiee(dossierId, structure, Optional.of(etatDemarche(rs)), Optional.empty()))
                .list();
        for (String table : List.of("dossier_droit", "dossier_demarche", "dossier_piece", "dossier_echange",
                "dossier_diagnostic", "dossier_identite")) {
            jdbc.sql("DELETE FROM " + table + " WHERE dossier_id = :d").param("d", dossierId).update();
        }
        // Publiés une fois le contenu supprimé et avant que le dossier perde son compte : qui les écoute relit un état
        // où ces droits n'existent plus, en sachant encore à quelle personne ils appartenaient.
        echanges.forEach(evenements::publishEvent);
        droits.forEach(evenements::publishEvent);
        demarches.forEach(evenements::publishEvent);
        jdbc.sql("UPDATE dossier SET efface_le = :le, compte_usager_id = NULL WHERE id = :d")
                .param("le", horodatage(le)).param("d", dossierId).update();
    }
}
