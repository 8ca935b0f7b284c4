package fr.passerelle.remontees.internal.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import fr.passerelle.remontees.internal.domaine.RapportPropositions;

/** Rapport de propositions pour une administration, prêt à envoyer (OpenPDF). */
@Component
class RapportPdf {

    private static final Font TITRE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, Color.BLACK);
    private static final Font SOUS_TITRE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, Color.BLACK);
    private static final Font TEXTE = FontFactory.getFont(FontFactory.HELVETICA, 11, Color.BLACK);

    byte[] ecrire(RapportPropositions rapport, LocalDate jour) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, sortie);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.addTitle("Propositions d'amélioration : " + rapport.administration());
        document.addCreator("Passerelle");
        document.open();
        document.add(new Paragraph("Propositions d'amélioration : " + rapport.administration(), TITRE));
        document.add(new Paragraph("Rapport du " + jour.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + ". Difficultés rencontrées par le public avec vos démarches en ligne, relevées en atelier, au guichet, au "
                + "téléphone et par les personnes elles-mêmes. " + rapport.personnes() + " personnes concernées en tout.", TEXTE));
        if (rapport.lignes().isEmpty()) {
            document.add(new Paragraph("Aucune difficulté enregistrée pour l'instant.", TEXTE));
        }
        int n = 1;
        for (RapportPropositions.Ligne l : rapport.lignes()) {
            Paragraph titre = new Paragraph(n++ + ". " + l.demarche() + (l.etape() == null ? "" : " — étape : " + l.etape())
                    + " — " + l.nature().libelle(), SOUS_TITRE);
            titre.setSpacingBefore(12);
            document.add(titre);
            document.add(new Paragraph(l.personnes() + (l.personnes() > 1 ? " personnes concernées, " : " personne concernée, ")
                    + l.signalements() + (l.signalements() > 1 ? " signalements." : " signalement."), TEXTE));
            for (String e : l.exemples()) {
                document.add(new Paragraph("« " + e + " »", TEXTE));
            }
        }
        document.close();
        return sortie.toByteArray();
    }
}
