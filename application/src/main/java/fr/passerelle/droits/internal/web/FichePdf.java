package fr.passerelle.droits.internal.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import fr.passerelle.droits.internal.domaine.Demarche;
import fr.passerelle.droits.internal.domaine.DroitEstime;
import fr.passerelle.droits.internal.domaine.Estimation;
import fr.passerelle.droits.internal.domaine.Verdict;
import fr.passerelle.moteur.calcul.Montants;

/** « Ma fiche droits » en PDF (OpenPDF) : une page A4, gros caractères, mots simples, à apporter au guichet. */
@Component
class FichePdf {

    private static final Font TITRE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22, Color.BLACK);
    private static final Font SOUS_TITRE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, Color.BLACK);
    private static final Font TEXTE = FontFactory.getFont(FontFactory.HELVETICA, 13, Color.BLACK);
    private static final Font GRAS = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, Color.BLACK);

    byte[] ecrire(Estimation estimation) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, sortie);
        writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString("fr-FR"));
        document.addTitle("Ma fiche droits");
        document.addCreator("Passerelle");
        document.open();
        document.add(new Paragraph("Ma fiche droits", TITRE));
        document.add(paragraphe("Estimation du " + estimation.jour().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + ". À apporter à un conseiller. Ce n'est pas une décision : l'organisme vérifie votre situation.", TEXTE));
        document.add(titre("Les aides à demander"));
        boolean aucune = true;
        for (DroitEstime d : estimation.droits()) {
            if (d.verdict() == Verdict.PAS_POUR_L_INSTANT) {
                continue;
            }
            aucune = false;
            Demarche m = estimation.demarches().get(d.code());
            String montant = d.avecMontant()
                    ? (d.aPayer() ? " : à payer " : " : environ ") + Montants.euros(d.montant()) + " " + d.periodicite()
                    : "";
            Paragraph p = new Paragraph();
            p.add(new com.lowagie.text.Chunk(d.libelle() + montant, GRAS));
            if (d.verdict() == Verdict.A_VERIFIER) {
                p.add(new com.lowagie.text.Chunk(" (à vérifier)", TEXTE));
            }
            p.setSpacingBefore(8);
            document.add(p);
            document.add(paragraphe("Qui : " + m.organisme() + ". Téléphone : " + m.telephone() + ".", TEXTE));
            if (!m.pieces().isEmpty()) {
                document.add(paragraphe("À préparer : " + String.join(" ; ", m.pieces()) + ".", TEXTE));
            }
        }
        if (aucune) {
            document.add(paragraphe("Aucune aide trouvée avec ces réponses. Un conseiller peut vérifier avec vous.", TEXTE));
        }
        document.add(titre("Où trouver de l'aide"));
        estimation.sitesProches().forEach(s -> document.add(paragraphe(s.site().nom() + ", " + s.site().adresse() + ", "
                + s.site().codePostal() + " " + s.site().commune() + " (" + s.distance() + ", environ " + s.minutes()
                + " minutes en voiture). Téléphone : " + (s.site().telephone() == null ? "non indiqué" : s.site().telephone()) + ".", TEXTE)));
        document.close();
        return sortie.toByteArray();
    }

    private static Paragraph titre(String texte) {
        Paragraph p = new Paragraph(texte, SOUS_TITRE);
        p.setSpacingBefore(16);
        return p;
    }

    private static Paragraph paragraphe(String texte, Font police) {
        Paragraph p = new Paragraph(texte, police);
        p.setSpacingBefore(4);
        p.setLeading(18);
        return p;
    }
}
