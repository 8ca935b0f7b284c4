package fr.passerelle.notifications.internal.persistance;

import java.sql.Time;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.passerelle.notifications.Canal;
import fr.passerelle.notifications.internal.domaine.AdresseElectronique;
import fr.passerelle.notifications.internal.domaine.AdressePostale;
import fr.passerelle.notifications.internal.domaine.Consentement;
import fr.passerelle.notifications.internal.domaine.HeuresCalmes;
import fr.passerelle.notifications.internal.domaine.Langue;
import fr.passerelle.notifications.internal.domaine.NumeroTelephone;
import fr.passerelle.notifications.internal.domaine.Preferences;

/** Tables {@code preference_contact} et {@code consentement}. */
@Repository
public class PreferencesJdbc {

    private final JdbcClient jdbc;

    public PreferencesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Preferences> lire(long personneId) {
        Map<Canal, Consentement> consentements = new EnumMap<>(Canal.class);
        jdbc.sql("SELECT canal, accorde, le, origine FROM consentement WHERE personne_id = :p").param("p", personneId)
                .query((rs, i) -> new Consentement(Canal.valueOf(rs.getString("canal")), rs.getBoolean("accorde"),
                        NotificationJdbc.instant(rs, "le"), rs.getString("origine")))
                .list().forEach(c -> consentements.put(c.canal(), c));
        return jdbc.sql("SELECT * FROM preference_contact WHERE personne_id = :p").param("p", personneId)
                .query((rs, i) -> {
                    String email = rs.getString("email");
                    String telephone = rs.getString("telephone");
                    String ligne1 = rs.getString("adresse_ligne1");
                    AdressePostale adresse = ligne1 == null ? null : new AdressePostale(rs.getString("adresse_nom"), ligne1,
                            rs.getString("adresse_ligne2"), rs.getString("adresse_code_postal"), rs.getString("adresse_commune"));
                    List<Canal> ordre = Arrays.stream(rs.getString("ordre").split(",")).map(Canal::valueOf).toList();
                    return new Preferences(personneId, email == null ? null : new AdresseElectronique(email),
                            telephone == null ? null : new NumeroTelephone(telephone), adresse, ordre,
                            new HeuresCalmes(rs.getTime("heures_calmes_debut").toLocalTime(),
                                    rs.getTime("heures_calmes_fin").toLocalTime()), consentements,
                            Langue.deCode(rs.getString("langue")));
                }).optional();
    }

    /** Enregistre les coordonnées et l'ordre ; un consentement n'est réécrit (et redaté) que s'il change. */
    public void enregistrer(Preferences p, Instant le) {
        int maj = jdbc.sql("""
                UPDATE preference_contact SET email = :email, telephone = :telephone, adresse_nom = :nom,
                  adresse_ligne1 = :l1, adresse_ligne2 = :l2, adresse_code_postal = :cp, adresse_commune = :commune,
                  ordre = :ordre, heures_calmes_debut = :debut, heures_calmes_fin = :fin, langue = :langue, mise_a_jour_le = :le
                WHERE personne_id = :p""").params(parametres(p, le)).update();
        if (maj == 0) {
            jdbc.sql("""
                    INSERT INTO preference_contact (personne_id, email, telephone, adresse_nom, adresse_ligne1, adresse_ligne2,
                      adresse_code_postal, adresse_commune, ordre, heures_calmes_debut, heures_calmes_fin, langue, mise_a_jour_le)
                    VALUES (:p, :email, :telephone, :nom, :l1, :l2, :cp, :commune, :ordre, :debut, :fin, :langue, :le)""")
                    .params(parametres(p, le)).update();
        }
        Map<Canal, Consentement> existants = lire(p.personneId()).map(Preferences::consentements).orElse(Map.of());
        for (Consentement c : p.consentements().values()) {
            Consentement avant = existants.get(c.canal());
            if (avant == null || avant.accorde() != c.accorde()) {
                enregistrerConsentement(p.personneId(), c);
            }
        }
    }

    public void enregistrerConsentement(long personneId, Consentement c) {
        int maj = jdbc.sql("UPDATE consentement SET accorde = :a, le = :le, origine = :o WHERE personne_id = :p AND canal = :c")
                .param("a", c.accorde()).param("le", NotificationJdbc.horodatage(c.le())).param("o", c.origine())
                .param("p", personneId).param("c", c.canal().name()).update();
        if (maj == 0) {
            jdbc.sql("INSERT INTO consentement (personne_id, canal, accorde, le, origine) VALUES (:p, :c, :a, :le, :o)")
                    .param("a", c.accorde()).param("le", NotificationJdbc.horodatage(c.le())).param("o", c.origine())
                    .param("p", personneId).param("c", c.canal().name()).update();
        }
    }

    /** Personne dont c'est le numéro (réponses SMS). */
    public Optional<Long> personneParTelephone(String e164) {
        return jdbc.sql("SELECT personne_id FROM preference_contact WHERE telephone = :t ORDER BY mise_a_jour_le DESC")
                .param("t", e164).query(Long.class).list().stream().findFirst();
    }

    private static Map<String, Object> parametres(Preferences p, Instant le) {
        AdressePostale a = p.adresse();
        Map<String, Object> valeurs = new java.util.HashMap<>();
        valeurs.put("p", p.personneId());
        valeurs.put("langue", p.langue().code());
        valeurs.put("email", p.email() == null ? null : p.email().valeur());
        valeurs.put("telephone", p.telephone() == null ? null : p.telephone().e164());
        valeurs.put("nom", a == null ? null : a.nom());
        valeurs.put("l1", a == null ? null : a.ligne1());
        valeurs.put("l2", a == null ? null : a.ligne2());
        valeurs.put("cp", a == null ? null : a.codePostal());
        valeurs.put("commune", a == null ? null : a.commune());
        valeurs.put("ordre", p.ordre().stream().map(Canal::name).collect(Collectors.joining(",")));
        valeurs.put("debut", Time.valueOf(p.heuresCalmes().debut()));
        valeurs.put("fin", Time.valueOf(p.heuresCalmes().fin()));
        valeurs.put("le", NotificationJdbc.horodatage(le));
        return valeurs;
    }
}
