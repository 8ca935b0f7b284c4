package fr.passerelle.dossiers.internal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.passerelle.dossiers.internal.ExportDossier;
import fr.passerelle.dossiers.internal.VueDossier;
import fr.passerelle.dossiers.internal.domaine.Identite;

/** L'export en JSON : des tables et des listes simples, lisibles par une personne comme par un programme. */
final class ExportJson {

    private ExportJson() {
    }

    static Map<String, Object> de(ExportDossier export) {
        VueDossier v = export.vue();
        Identite i = v.dossier().identite();
        Map<String, Object> racine = new LinkedHashMap<>();
        racine.put("dossier", v.dossier().id());
        racine.put("creeLe", v.dossier().creeLe().toString());
        Map<String, Object> identite = new LinkedHashMap<>();
        identite.put("nom", i.nom());
        identite.put("prenom", i.prenom());
        identite.put("dateNaissance", i.dateNaissance().toString());
        identite.put("commune", i.commune());
        identite.put("portable", i.portable().orElse(null));
        identite.put("courriel", i.courriel().orElse(null));
        identite.put("numeroSecuriteSociale", i.nir().map(n -> n.valeur()).orElse(null));
        identite.put("compteLie", v.dossier().compteUsagerId().isPresent());
        racine.put("identite", identite);
        racine.put("droits", v.droits().map(ds -> ds.stream().map(d -> (Object) ligne(
                "droit", d.libelle(), "code", d.code(), "montant", d.montant(), "periodicite", d.periodicite(),
                "statut", d.statut().libelle(), "misAJourLe", d.misAJourLe().toString())).toList())
                .orElse(List.of("non exporté : le mandat ne couvre pas les prestations sociales")));
        racine.put("demarches", v.demarches().stream().map(d -> ligne("intitule", d.intitule(), "organisation",
                d.organisation(), "statut", d.statut().libelle(), "prochaineEtape", d.prochaineEtape(),
                "perimetre", d.perimetre().libelle())).toList());
        racine.put("pieces", v.pieces().stream().map(p -> ligne("piece", p.libelle(), "reunie", p.reunie())).toList());
        racine.put("echanges", v.echanges().stream().map(e -> ligne("le", e.le().toString(), "canal", e.canal().libelle(),
                "par", e.par(), "objet", e.objet(), "regleAuPremierContact", e.regleAuPremierContact())).toList());
        racine.put("diagnostic", v.diagnostic().map(d -> (Object) ligne("niveau", d.niveau().libelle(),
                "saitFaire", d.saitFaire().stream().map(q -> q.libelle()).toList(), "droitMenace", d.droitMenace(),
                "par", d.par(), "le", d.le().toString())).orElse(null));
        racine.put("mandats", v.mandats().stream().map(m -> ligne("mandat", m.id(), "etat", m.etat().name(),
                "perimetres", m.perimetres().stream().map(p -> p.libelle()).sorted().toList(),
                "debutLe", m.debutLe().toString(), "finLe", m.finLe().toString(),
                "revoqueLe", m.revoqueLe().map(Object::toString).orElse(null))).toList());
        export.autres().forEach(r -> racine.put(r.cle(), r.lignes()));
        racine.put("acces", export.acces().stream().map(a -> ligne("le", a.le().toString(), "qui", a.acteurNom(),
                "action", a.action(), "resultat", a.resultat().name(), "motif", a.motif())).toList());
        return racine;
    }

    private static Map<String, Object> ligne(Object... clesValeurs) {
        Map<String, Object> ligne = new LinkedHashMap<>();
        for (int i = 0; i < clesValeurs.length; i += 2) {
            ligne.put((String) clesValeurs[i], clesValeurs[i + 1]);
        }
        return ligne;
    }
}
