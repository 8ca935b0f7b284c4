package fr.passerelle.ateliers.internal.persistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import fr.passerelle.ateliers.internal.domaine.ContactInstitutionnel;
import fr.passerelle.ateliers.internal.domaine.RoleContact;

/** Contacts avec le préfet, les élus et les administrations, par campagne ou par atelier (table de V89). */
@Component
public class ContactsJdbc {

    public record ContactLigne(long id, Long campagneId, Long atelierId, ContactInstitutionnel contact, String saisiPar,
                               OffsetDateTime saisiLe) {
    }

    private final JdbcClient jdbc;

    ContactsJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enregistre un contact rattaché soit à une campagne, soit à un atelier (l'autre est null). */
    public long enregistrer(Long campagneId, Long atelierId, ContactInstitutionnel c, String saisiPar, OffsetDateTime saisiLe) {
        GeneratedKeyHolder cle = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO contact_institutionnel (campagne_id, atelier_id, qui, role, organisme, le, objet, suite, saisi_par, saisi_le)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(campagneId, atelierId, c.qui().strip(), c.role().name(), vide(c.organisme()), c.le(), c.objet().strip(),
                        vide(c.suite()), saisiPar, saisiLe)
                .update(cle, "id");
        return cle.getKey().longValue();
    }

    private static String vide(String texte) {
        return texte == null || texte.isBlank() ? null : texte.strip();
    }

    public List<ContactLigne> deLaCampagne(long campagneId) {
        return jdbc.sql("SELECT * FROM contact_institutionnel WHERE campagne_id = ? ORDER BY le DESC, id DESC").param(campagneId)
                .query(ContactsJdbc::ligne).list();
    }

    public List<ContactLigne> deLAtelier(long atelierId) {
        return jdbc.sql("SELECT * FROM contact_institutionnel WHERE atelier_id = ? ORDER BY le DESC, id DESC").param(atelierId)
                .query(ContactsJdbc::ligne).list();
    }

    private static ContactLigne ligne(ResultSet rs, int n) throws SQLException {
        return new ContactLigne(rs.getLong("id"), rs.getObject("campagne_id", Long.class), rs.getObject("atelier_id", Long.class),
                new ContactInstitutionnel(rs.getString("qui"), RoleContact.valueOf(rs.getString("role")), rs.getString("organisme"),
                        rs.getDate("le").toLocalDate(), rs.getString("objet"), rs.getString("suite")),
                rs.getString("saisi_par"), rs.getObject("saisi_le", OffsetDateTime.class));
    }
}
