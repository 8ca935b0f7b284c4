package fr.passerelle.proactif.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.passerelle.comptes.CompteConnecte;
import fr.passerelle.depistage.DepistageEmbarque;
import fr.passerelle.depistage.FormatEntree;
import fr.passerelle.depistage.Synthese;
import fr.passerelle.depistage.OptionsDepistage;
import fr.passerelle.depistage.ReglesAttribution;
import fr.passerelle.depistage.TraitementLignes;
import fr.passerelle.moteur.calcul.Moteur;
import fr.passerelle.moteur.openfisca.EntreeInvalide;
import fr.passerelle.moteur.periode.Mois;
import fr.passerelle.proactif.internal.domaine.ConstatLu;
import fr.passerelle.proactif.internal.domaine.Decoupage;
import fr.passerelle.proactif.internal.persistance.DepistagesJdbc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lance un dépistage (fichier découpé en partitions enregistrées) et traite les partitions une à une. Chaque
 * partition est une transaction : ses constats, rejets, notifications, tâches et son passage à « finie » sont
 * enregistrés ensemble. Un processus tué au milieu d'une partition n'en laisse rien : elle est refaite en entier à
 * la reprise, et celles déjà finies ne sont jamais relues.
 */
@Service
public class ServiceDepistages {

    private static final Logger JOURNAL = LoggerFactory.getLogger(ServiceDepistages.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SUIVIES = "SUIVIES";
    static final String CONSTATS = "CONSTATS";
    /** Le processus qui exécute une partition ({@code pid@hôte}), noté avec chaque exécution. */
    private static final String INSTANCE = java.lang.management.ManagementFactory.getRuntimeMXBean().getName();

    private final DepistagesJdbc stockage;
    private final SuiteDesConstats suite;
    private final DepistageDesSuivies suivies;
    private final Moteur moteur;
    private final TransactionTemplate transaction;
    private final Clock horloge;
    private final int taillePartition;
    private final int fils;

    ServiceDepistages(DepistagesJdbc stockage, SuiteDesConstats suite, DepistageDesSuivies suivies, Moteur moteur, TransactionTemplate transaction,
                      Clock horloge, @Value("${passerelle.proactif.partition.lignes:500}") int taillePartition,
                      @Value("${passerelle.proactif.fils:2}") int fils) {
        this.stockage = stockage;
        this.suite = suite;
        this.suivies = suivies;
        this.moteur = moteur;
        this.transaction = transaction;
        this.horloge = horloge;
        this.taillePartition = taillePartition;
        this.fils = fils;
    }

    /**
     * Enregistre le dépistage et ses partitions ; le calcul se fait ensuite en tâche de fond.
     *
     * @param date mois de calcul imposé à tous les ménages ({@code AAAA-MM}), ou vide : le mois de chaque ménage
     * @return lancé, ou refusé en nommant le champ ({@code fichier} ou {@code date}) et la raison
     */
    public Lancement.Issue lancer(CompteConnecte qui, String nomFichier, byte[] contenu, String date) {
        try {
            return new Lancement.Issue.Lance(enregistrer(qui, nomFichier, contenu, date));
        } catch (LancementInvalide e) {
            return new Lancement.Issue.Refuse(e.champ(), e.getMessage());
        }
    }

    private long enregistrer(CompteConnecte qui, String nomFichier, byte[] contenu, String date) {
        String nom = nomFichier == null ? "" : nomFichier.strip();
        if (nom.isEmpty() || contenu == null || contenu.length == 0) {
            throw new LancementInvalide("fichier", "Choisissez un fichier de population : il est vide ou absent.");
        }
        FormatEntree format;
        try {
            format = FormatEntree.deviner(nom);
        } catch (IllegalArgumentException e) {
            throw new LancementInvalide("fichier", "Le nom du fichier doit finir par .jsonl, .json, .ndjson ou .csv "
                    + "(éventuellement suivi de .gz) : « " + nom + " » n'en est pas un.");
        }
        if (format == FormatEntree.PARQUET) {
            throw new LancementInvalide("fichier", "Le format Parquet n'est lu que par le job Spark : déposez un fichier JSON lignes ou CSV.");
        }
        String dateCalcul = date == null || date.isBlank() ? null : date.strip();
        if (dateCalcul != null) {
            try {
                Mois.de(dateCalcul);
            } catch (RuntimeException e) {
                throw new LancementInvalide("date", "Le mois de calcul doit s'écrire AAAA-MM, par exemple 2025-07 : « "
                        + dateCalcul + " » ne convient pas.");
            }
        }
        List<String> lignes = lignes(nom, contenu);
        String entete = null;
        if (format == FormatEntree.CSV) {
            if (lignes.isEmpty()) {
                throw new LancementInvalide("fichier", "Le fichier CSV n'a pas de ligne d'en-tête.");
            }
            entete = lignes.get(0).startsWith("\uFEFF") ? lignes.get(0).substring(1) : lignes.get(0);
            try {
                // Un en-tête faux arrête tout avant le calcul, en nommant la colonne (comme bin/depistage).
                depistage(format, dateCalcul).executer(new BufferedReader(new StringReader(entete + "\n")), (n, l) -> { });
            } catch (IllegalArgumentException e) {
                throw new LancementInvalide("fichier", "L'en-tête du fichier CSV ne convient pas : " + message(e));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (lignes.stream().skip(format == FormatEntree.CSV ? 1 : 0).allMatch(String::isBlank)) {
            throw new LancementInvalide("fichier", "Le fichier ne contient aucun ménage.");
        }
        String enteteRetenu = entete;
        // Le dépistage et toutes ses partitions sont créés ensemble, ou pas du tout.
        return transaction.execute(s -> stockage.creer(nom, format.name(), enteteRetenu, dateCalcul, qui.id(),
                horloge.instant(), Decoupage.decouper(lignes, format == FormatEntree.CSV, taillePartition)));
    }

    /**
     * Dépiste les personnes suivies dans Passerelle (situation « Mes droits » enregistrée et dossier) pour le mois en
     * cours : mêmes partitions, même reprise, mêmes suites (un constat n'est jamais envoyé deux fois : refaire ce
     * dépistage le même mois ne renvoie rien).
     */
    public Lancement.Issue lancerSuivies(CompteConnecte qui) {
        List<String> comptes = suivies.personnes().stream().map(String::valueOf).toList();
        if (comptes.isEmpty()) {
            return new Lancement.Issue.Refuse("suivies", "Aucune personne suivie n'a enregistré sa situation « Mes droits » : "
                    + "il n'y a personne à dépister.");
        }
        String mois = Mois.de(java.time.LocalDate.now(horloge)).toString();
        return new Lancement.Issue.Lance(transaction.execute(s -> stockage.creer("personnes suivies (" + comptes.size() + ")",
                SUIVIES, null, mois, qui.id(), horloge.instant(), Decoupage.decouper(comptes, false, taillePartition))));
    }

    /**
     * Importe un fichier de constats déjà calculés ({@code constats.jsonl} de {@code bin/depistage}, ou les lignes
     * {@code nature=constats} du job Spark mises bout à bout) : les personnes suivies sont prévenues, le reste part en
     * export. Chaque ligne est vérifiée pendant le traitement ; une ligne fautive est un rejet (ligne, champ, raison).
     */
    public Lancement.Issue importer(CompteConnecte qui, String nomFichier, byte[] contenu) {
        try {
            String nom = nomFichier == null ? "" : nomFichier.strip();
            if (nom.isEmpty() || contenu == null || contenu.length == 0) {
                throw new LancementInvalide("constats", "Choisissez un fichier de constats : il est vide ou absent.");
            }
            String sansGz = nom.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
            if (!sansGz.endsWith(".jsonl") && !sansGz.endsWith(".ndjson") && !sansGz.endsWith(".json") && !sansGz.endsWith(".txt")) {
                throw new LancementInvalide("constats", "Le fichier de constats doit finir par .jsonl, .ndjson, .json ou .txt "
                        + "(éventuellement suivi de .gz) : « " + nom + " » n'en est pas un.");
            }
            List<String> lignes = lignes(nom, contenu, "constats");
            if (lignes.stream().allMatch(String::isBlank)) {
                throw new LancementInvalide("constats", "Le fichier ne contient aucun constat.");
            }
            if (!lignes.isEmpty() && lignes.get(0).startsWith("\uFEFF")) {
                lignes.set(0, lignes.get(0).substring(1));
            }
            return new Lancement.Issue.Lance(transaction.execute(s -> stockage.creer(nom, CONSTATS, null, null, qui.id(),
                    horloge.instant(), Decoupage.decouper(lignes, false, taillePartition))));
        } catch (LancementInvalide e) {
            return new Lancement.Issue.Refuse(e.champ(), e.getMessage());
        }
    }

    private static String message(Exception e) {
        return e instanceof EntreeInvalide ei ? ei.champ() + " : " + ei.raison() : e.getMessage();
    }

    private static List<String> lignes(String nom, byte[] contenu) {
        return lignes(nom, contenu, "fichier");
    }

    private static List<String> lignes(String nom, byte[] contenu, String champ) {
        try (InputStream brut = nom.toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(new ByteArrayInputStream(contenu)) : new ByteArrayInputStream(contenu)) {
            String texte = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(brut.readAllBytes())).toString();
            return new ArrayList<>(texte.lines().toList());
        } catch (CharacterCodingException e) {
            throw new LancementInvalide(champ, "Le fichier n'est pas encodé en UTF-8.");
        } catch (IOException e) {
            throw new LancementInvalide(champ, "Le fichier compressé (.gz) est illisible : " + e.getMessage());
        }
    }

    private DepistageEmbarque depistage(FormatEntree format, String date) {
        return new DepistageEmbarque(moteur, new OptionsDepistage(format, date == null ? null : Mois.de(date), null,
                ReglesAttribution.parDefaut()), fils);
    }

    /**
     * Traite au plus {@code maximum} partitions, dans l'ordre ; s'arrête plus tôt s'il n'y en a plus.
     *
     * @return le nombre de partitions finies par cet appel
     */
    public int traiterPartitions(int maximum) {
        int faites = 0;
        while (faites < maximum && traiterUnePartition()) {
            faites++;
        }
        return faites;
    }

    /** Faux s'il n'y avait rien à faire. */
    boolean traiterUnePartition() {
        Optional<DepistagesJdbc.Partition> prochaine = stockage.prochainePartition();
        if (prochaine.isEmpty()) {
            return false;
        }
        DepistagesJdbc.Partition p = prochaine.get();
        // Validée avant le calcul : si le processus est tué pendant la partition, cette exécution reste sans fin.
        long execution = transaction.execute(s -> stockage.commencerExecution(p.id(), INSTANCE, horloge.instant()));
        DepistagesJdbc.Parametres d = stockage.parametres(p.depistageId());
        CalculPartition calcul;
        try {
            calcul = switch (d.format()) {
                case SUIVIES -> suivies.calculer(p, d);
                case CONSTATS -> constatsImportes(p);
                default -> population(p, d);
            };
        } catch (IOException | RuntimeException e) {
            // Les lignes fautives sont déjà des rejets : ici, c'est le calcul lui-même qui a échoué. La partition est
            // mise de côté avec la raison, pour que le dépistage (et les suivants) avancent quand même.
            JOURNAL.error("Dépistage {} : calcul de la partition {} en échec", p.depistageId(), p.numero(), e);
            transaction.executeWithoutResult(s -> {
                stockage.echouer(p.id(), String.valueOf(e.getMessage()), horloge.instant());
                stockage.finirExecution(execution, horloge.instant());
                stockage.terminerSiFini(p.depistageId(), horloge.instant());
            });
            return true;
        }
        transaction.executeWithoutResult(s -> {
            // Un ménage en double dans le fichier (même identifiant de constat déjà enregistré dans ce dépistage) est
            // mis de côté : sans cela, la contrainte d'unicité ferait échouer la partition à chaque reprise.
            List<DepistagesJdbc.RejetVu> rejets = new ArrayList<>(calcul.rejets());
            Set<String> vus = new HashSet<>();
            Set<String> menagesEnDouble = new HashSet<>();
            long enregistres = 0;
            for (ConstatLu c : calcul.constats()) {
                if (!vus.add(c.identifiant()) || stockage.constatExiste(p.depistageId(), c.identifiant())) {
                    if (menagesEnDouble.add(c.menage())) {
                        Long ligne = calcul.lignes().get(c.identifiant());
                        rejets.add(new DepistagesJdbc.RejetVu(ligne == null ? p.premiereLigne() : ligne, c.menage(), "menage",
                                "ménage en double dans ce dépistage : le constat " + c.identifiant() + " est déjà enregistré"
                                        + (ligne == null ? " (ligne exacte inconnue : partition à partir de cette ligne)" : "")
                                        + " ; ses constats en double sont ignorés"));
                    }
                    continue;
                }
                suite.donnerSuite(p.depistageId(), p.id(), c);
                enregistres++;
            }
            for (DepistagesJdbc.RejetVu r : rejets) {
                stockage.enregistrerRejet(p.depistageId(), p.id(), r);
            }
            if (!stockage.finir(p.id(), calcul.menages(), enregistres, rejets.size(), calcul.synthese(),
                    horloge.instant())) {
                // Finie entre-temps par une autre instance : rien de ce passage ne doit rester.
                s.setRollbackOnly();
                return;
            }
            stockage.finirExecution(execution, horloge.instant());
            stockage.terminerSiFini(p.depistageId(), horloge.instant());
        });
        JOURNAL.info("Dépistage {} : partition {} finie ({} constats, {} rejets)", p.depistageId(), p.numero(),
                calcul.constats().size(), calcul.rejets().size());
        return true;
    }

    /**
     * Ce qu'une partition a produit, avant d'être enregistré dans sa transaction.
     *
     * @param menages  ménages (ou personnes) examinés, rejetés compris
     * @param synthese synthèse du jar {@code depistage} en JSON, si la partition a été calculée ici
     * @param lignes   ligne du fichier de chaque constat, quand on la connaît (import de constats)
     */
    record CalculPartition(long menages, List<ConstatLu> constats, List<DepistagesJdbc.RejetVu> rejets, String synthese,
                           Map<String, Long> lignes) {

        /** Sans numéro de ligne par constat (le dépistage d'une population ne le donne pas). */
        CalculPartition(long menages, List<ConstatLu> constats, List<DepistagesJdbc.RejetVu> rejets, String synthese) {
            this(menages, constats, rejets, synthese, Map.of());
        }
    }

    /** Une partition d'un fichier de population : le dépistage embarqué du jar, moteur tel quel. */
    private CalculPartition population(DepistagesJdbc.Partition p, DepistagesJdbc.Parametres d) throws IOException {
        FormatEntree format = FormatEntree.valueOf(d.format());
        List<ConstatLu> constats = new ArrayList<>();
        List<DepistagesJdbc.RejetVu> rejets = new ArrayList<>();
        // Le dépistage embarqué numérote les lignes du texte qu'il lit (en-tête CSV = 1) : on revient aux numéros
        // du fichier déposé pour que chaque rejet nomme sa vraie ligne.
        String texte = format == FormatEntree.CSV ? d.entete() + "\n" + p.lignes() : p.lignes();
        long decalage = p.premiereLigne() - (format == FormatEntree.CSV ? 2 : 1);
        Synthese synthese = depistage(format, d.dateCalcul()).executer(new BufferedReader(new StringReader(texte)), (nature, ligne) -> {
            if (TraitementLignes.CONSTATS.equals(nature)) {
                constats.addAll(lireConstats(ligne));
            } else if (TraitementLignes.REJETS.equals(nature)) {
                JsonNode r = JSON.readTree(ligne);
                rejets.add(new DepistagesJdbc.RejetVu(r.path("ligne").asLong() + decalage,
                        r.path("menage").isNull() ? null : r.path("menage").asString(), r.path("champ").asString(),
                        r.path("raison").asString()));
            }
        });
        return new CalculPartition(synthese.menages(), constats, rejets, synthese.versJson());
    }

    /** Une partition d'un fichier de constats déposé : chaque ligne vérifiée, une ligne fautive est un rejet. */
    private static CalculPartition constatsImportes(DepistagesJdbc.Partition p) {
        List<ConstatLu> constats = new ArrayList<>();
        List<DepistagesJdbc.RejetVu> rejets = new ArrayList<>();
        Map<String, Long> lignes = new HashMap<>();
        long numero = p.premiereLigne();
        long menages = 0;
        for (String ligne : p.lignes().split("\n", -1)) {
            long ici = numero++;
            if (ligne.isBlank()) {
                continue;
            }
            menages++;
            switch (LectureConstats.lire(ligne)) {
                case LectureConstats.Lue.Constats lus -> {
                    for (ConstatLu c : lus.constats()) {
                        // Le même constat plus haut dans la partition : la ligne entière est mise de côté plus tard
                        // (ménage en double) ; on garde la ligne de sa première apparition ici.
                        lignes.putIfAbsent(c.identifiant(), ici);
                    }
                    Long deja = lus.constats().stream().map(c -> lignes.get(c.identifiant())).filter(l -> l != ici).findFirst().orElse(null);
                    if (deja != null) {
                        rejets.add(new DepistagesJdbc.RejetVu(ici, lus.menage(), "menage", "ménage en double : ses constats figurent déjà "
                                + "ligne " + deja + " ; la ligne est ignorée"));
                    } else {
                        constats.addAll(lus.constats());
                    }
                }
                case LectureConstats.Lue.Refusee refus -> rejets.add(new DepistagesJdbc.RejetVu(ici, refus.menage(), refus.champ(),
                        refus.raison()));
            }
        }
        return new CalculPartition(menages, constats, rejets, null, lignes);
    }

    /** Une ligne de {@code constats.jsonl} écrite par le jar (un ménage) → ses constats à plat. */
    static List<ConstatLu> lireConstats(String ligne) {
        return switch (LectureConstats.lire(ligne)) {
            case LectureConstats.Lue.Constats lus -> lus.constats();
            case LectureConstats.Lue.Refusee refus -> throw new IllegalStateException("constat du dépistage illisible : "
                    + refus.champ() + " : " + refus.raison());
        };
    }
}
