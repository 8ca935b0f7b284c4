package fr.passerelle.dossiers.internal.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import fr.passerelle.dossiers.internal.ExportDossier;
import fr.passerelle.dossiers.internal.VueDossier;
import fr.passerelle.dossiers.internal.domaine.Identite;

/** L'export en PDF (OpenPDF) : les mêmes rubriques que le JSON, en phrases, à remettre à la personne. */
final class ExportPdf {

    private static final Font TITRE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, Color.BLACK);
    private static final Font SOUS_TITRE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, Color.BLACK);
    private static final Font TEXTE = FontFactory.getFont(FontFactory.HELVETICA, 11, Color.BLACK);
    private static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(DossiersController.PARIS);

    private ExportPdf() {
    }

    static byte[] de(ExportDossier export) {
        VueDossier v = export.vue();
        Identite i = v.dossier().identite();
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, sortie);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.addTitle("Mes données — dossier n° " + v.dossier().id());
        document.addCreator("Passerelle");
        document.open();
        document.add(new Paragraph("Données tenues sur " + i.nomComplet(), TITRE));
        texte(document, "Dossier n° " + v.dossier().id() + ", ouvert le " + JOUR_HEURE.format(v.dossier().creeLe())
                + ". Export au titre du droit d'accès (RGPD, article 15).");
        titre(document, "Identité");
        texte(document, "Nom : " + i.nom() + ". Prénom : " + i.prenom() + ". Né(e) le "
                + i.dateNaissance().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ". Commune : " + i.commune() + ".");
        texte(document, "Portable : " + i.portable().orElse("non indiqué") + ". Courriel : " + i.courriel().orElse("non indiqué") + ".");
        texte(document, "Numéro de sécurité sociale : " + i.nir().map(n -> n.formate()).orElse("non indiqué") + ".");
        titre(document, "Droits trouvés");
        v.droits().ifPresentOrElse(ds -> {
            if (ds.isEmpty()) {
                texte(document, "Aucun.");
            }
            ds.forEach(d -> texte(document, d.libelle() + " : " + d.statut().libelle()
                    + (d.montant() > 0 ? " (environ " + String.format(java.util.Locale.FRANCE, "%.2f", d.montant()) + " € " + d.periodicite() + ")" : "") + "."));
        }, () -> texte(document, "Non exporté : le mandat ne couvre pas les prestations sociales."));
        titre(document, "Démarches");
        if (v.demarches().isEmpty()) {
            texte(document, "Aucune.");
        }
        v.demarches().forEach(d -> texte(document, d.intitule() + " (" + d.organisation() + ") : " + d.statut().libelle()
                + ". Prochaine étape : " + d.prochaineEtape()));
        titre(document, "Pièces à réunir");
        if (v.pieces().isEmpty()) {
            texte(document, "Aucune.");
        }
        v.pieces().forEach(p -> texte(document, (p.reunie() ? "[réunie] " : "[à réunir] ") + p.libelle()));
        titre(document, "Échanges");
        if (v.echanges().isEmpty()) {
            texte(document, "Aucun.");
        }
        v.echanges().forEach(e -> texte(document, JOUR_HEURE.format(e.le()) + ", " + e.canal().libelle().toLowerCase(java.util.Locale.ROOT)
                + ", avec " + e.par() + " : " + e.objet() + (e.regleAuPremierContact() ? " (réglé au premier contact)" : "")));
        titre(document, "Diagnostic d'autonomie numérique");
        v.diagnostic().ifPresentOrElse(d -> texte(document, d.niveau().libelle() + " (" + JOUR_HEURE.format(d.le()) + ", "
                + d.par() + "). " + d.niveau().orientation()), () -> texte(document, "Pas de diagnostic."));
        titre(document, "Mandats");
        if (v.mandats().isEmpty()) {
            texte(document, "Aucun.");
        }
        v.mandats().forEach(m -> texte(document, "Mandat n° " + m.id() + " : " + m.etat().name().toLowerCase(java.util.Locale.ROOT)
                + ", du " + jour(m.debutLe()) + " au " + jour(m.finLe())));
        export.autres().forEach(r -> {
            titre(document, r.titre());
            if (r.lignes().isEmpty()) {
                texte(document, "Aucune.");
            }
            r.lignes().forEach(l -> texte(document, String.join(". ", l.entrySet().stream()
                    .filter(e -> e.getValue() != null)
                    .map(e -> e.getKey() + " : " + e.getValue()).toList()) + "."));
        });
        titre(document, "Qui a consulté ce dossier");
        export.acces().forEach(a -> texte(document, JOUR_HEURE.format(a.le()) + " : " + a.acteurNom() + ", " + a.action()
                + (a.resultat().name().equals("REFUSE") ? " (refusé)" : "")));
        document.close();
        return sortie.toByteArray();
    }

    private static String jour(Instant instant) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(DossiersController.PARIS).format(instant);
    }

    private static void titre(Document document, String texte) {
        Paragraph p = new Paragraph(texte, SOUS_TITRE);
        p.setSpacingBefore(14);
        document.add(p);
    }

    private static void texte(Document document, String texte) {
        Paragraph p = new Paragraph(texte, TEXTE);
        p.setSpacingBefore(3);
        document.add(p);
    }
}
