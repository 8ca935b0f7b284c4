package fr.passerelle.notifications.internal.persistance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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

    public Optional<Modele> derniere(String code) {
        return versions(code).stream().findFirst().map(Version::modele);
    }

    /** Versions d'un modèle, la plus récente d'abord. */
    public List<Version> versions(String code) {
        return jdbc.sql("SELECT code, version, objet, corps, auteur, cree_le FROM modele_notification WHERE code = :code "
                        + "ORDER BY version DESC").param("code", code)
                .query((rs, i) -> new Version(Modele.lire(rs.getString("code"), rs.getInt("version"), rs.getString("objet"),
                        rs.getString("corps")), rs.getString("auteur"), NotificationJdbc.instant(rs, "cree_le"))).list();
    }

    public List<String> codes() {
        return jdbc.sql("SELECT DISTINCT code FROM modele_notification ORDER BY code").query(String.class).list();
    }

    /** Enregistre une nouvelle version (numéro suivant) et la renvoie. */
    public Modele ajouterVersion(Modele modele, String auteur, Instant le) {
        int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM modele_notification WHERE code = :code")
                .param("code", modele.code()).query(Integer.class).single();
        jdbc.sql("INSERT INTO modele_notification (code, version, objet, corps, auteur, cree_le) "
                        + "VALUES (:code, :version, :objet, :corps, :auteur, :le)")
                .param("code", modele.code()).param("version", version).param("objet", modele.objet().texte())
                .param("corps", modele.corps().texte()).param("auteur", auteur)
                .param("le", NotificationJdbc.horodatage(le)).update();
        return new Modele(modele.code(), version, modele.objet(), modele.corps());
    }
}
