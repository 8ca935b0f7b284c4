package fr.passerelle.saisines.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.passerelle.dossiers.DonneesDuDossier;
import fr.passerelle.saisines.internal.domaine.LettreRectification;
import fr.passerelle.saisines.internal.domaine.MessageSaisine;
import fr.passerelle.saisines.internal.domaine.PieceJointe;
import fr.passerelle.saisines.internal.domaine.Saisine;
import fr.passerelle.saisines.internal.persistance.LettresJdbc;
import fr.passerelle.saisines.internal.persistance.SaisinesJdbc;

/**
 * Les saisines (fil et pièces, sans leur contenu) et les lettres de rectification d'un dossier, dans l'export des
 * données de la personne (RGPD, article 15).
 */
@Component
class SaisinesDansLExport implements DonneesDuDossier {

    private final SaisinesJdbc saisines;
    private final LettresJdbc lettres;

    SaisinesDansLExport(SaisinesJdbc saisines, LettresJdbc lettres) {
        this.saisines = saisines;
        this.lettres = lettres;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Rubrique> pourLExport(long dossierId) {
        List<Map<String, Object>> lignesSaisines = new ArrayList<>();
        for (Saisine s : saisines.duDossier(dossierId)) {
            Map<String, Object> ligne = new LinkedHashMap<>();
            ligne.put("organisation", s.organisationNom());
            ligne.put("objet", s.objet());
            ligne.put("ceQuiEstBloque", s.blocage());
            ligne.put("ceQuiAEteTente", s.tentatives());
            ligne.put("etat", s.etat().name());
            ligne.put("issue", s.issue().map(Enum::name).orElse(null));
            ligne.put("ouverteLe", s.ouverteLe().toString());
            ligne.put("parAidant", s.aidantNom());
            ligne.put("messages", saisines.messages(s.id()).stream().map(SaisinesDansLExport::message).toList());
            ligne.put("pieces", saisines.pieces(s.id()).stream().map(SaisinesDansLExport::piece).toList());
            lignesSaisines.add(ligne);
        }
        List<Map<String, Object>> lignesLettres = new ArrayList<>();
        for (LettreRectification l : lettres.duDossier(dossierId)) {
            Map<String, Object> ligne = new LinkedHashMap<>();
            ligne.put("organisation", l.organisationNom());
            ligne.put("ceQuiEtaitFaux", l.ceQuiEtaitFaux());
            ligne.put("ceQuiEstJuste", l.ceQuiEstJuste());
            ligne.put("redigeeLe", l.redigeeLe().toString());
            ligne.put("envoyeeLe", l.envoyeeLe().map(Object::toString).orElse(null));
            ligne.put("reponseLe", l.reponseLe().map(Object::toString).orElse(null));
            ligne.put("issue", l.issue().map(Enum::name).orElse(null));
            lignesLettres.add(ligne);
        }
        return List.of(new Rubrique("saisines", "Saisines des administrations", lignesSaisines),
                new Rubrique("lettresDeRectification", "Lettres de droit à l'erreur", lignesLettres));
    }

    private static Map<String, Object> message(MessageSaisine m) {
        Map<String, Object> ligne = new LinkedHashMap<>();
        ligne.put("le", m.le().toString());
        ligne.put("de", m.auteurNom());
        ligne.put("texte", m.texte());
        return ligne;
    }

    private static Map<String, Object> piece(PieceJointe p) {
        Map<String, Object> ligne = new LinkedHashMap<>();
        ligne.put("nom", p.nom());
        ligne.put("type", p.type().name());
        ligne.put("taille", p.taille());
        return ligne;
    }
}
