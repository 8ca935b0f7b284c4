package fr.passerelle.notifications.internal.persistance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.passerelle.notifications.internal.domaine.Langue;
import fr.passerelle.notifications.internal.domaine.Modele;

/** Modèles versionnés : on n'écrase jamais une version, on en ajoute une. */
@Repository
public class ModeleJdbc {

    /** Une version enregistrée d'un modèle, avec son auteur et sa date. */
    public record Version(Modele modele, String auteur, Instant creeLe) {
    }

    private final JdbcClient jdbc;

    public ModeleJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Dernière version française d'un modèle. */
    public Optional<Modele> derniere(String code) {
        return derniere(code, Langue.FRANCAIS);
    }

    /** Dernière version d'un modèle dans une langue (vide s'il n'est pas traduit). */
    public Optional<Modele> derniere(String code, Langue langue) {
        return versions(code, langue).stream().findFirst().map(Version::modele);
    }

    /** Versions françaises d'un modèle, la plus récente d'abord. */
    public List<Version> versions(String code) {
        return versions(code, Langue.FRANCAIS);
    }

    /** Versions d'un modèle dans une langue, la plus récente d'abord. */
    public List<Version> versions(String code, Langue langue) {
        return jdbc.sql("SELECT code, version, objet, corps, auteur, cree_le FROM modele_notification WHERE code = :code "
                        + "AND langue = :langue ORDER BY version DESC").param("code", code).param("langue", langue.code())
                .query((rs, i) -> new Version(Modele.lire(rs.getString("code"), rs.getInt("version"), rs.getString("objet"),
                        rs.getString("corps")), rs.getString("auteur"), NotificationJdbc.instant(rs, "cree_le"))).list();
    }

    public List<String> codes() {
        return jdbc.sql("SELECT DISTINCT code FROM modele_notification ORDER BY code").query(String.class).list();
    }

    /** Enregistre une nouvelle version française (numéro suivant) et la renvoie. */
    public Modele ajouterVersion(Modele modele, String auteur, Instant le) {
        return ajouterVersion(modele, Langue.FRANCAIS, auteur, le);
    }

    /** Enregistre une nouvelle version dans une langue (numéro suivant dans cette langue) et la renvoie. */
    public Modele ajouterVersion(Modele modele, Langue langue, String auteur, Instant le) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM modele_notification WHERE code = :code AND langue = :langue")
                .param("code", modele.code()).param("langue", langue.code()).query(Integer.class).single();
        jdbc.sql("INSERT INTO modele_notification (code, langue, version, objet, corps, auteur, cree_le) "
                        + "VALUES (:code, :langue, :version, :objet, :corps, :auteur, :le)")
                .param("code", modele.code()).param("langue", langue.code()).param("version", version).param("objet", modele.objet().texte())
                .param("corps", modele.corps().texte()).param("auteur", auteur)
                .param("le", NotificationJdbc.horodatage(le)).update();
        return new Modele(modele.code(), version, modele.objet(), modele.corps());
    }
}
