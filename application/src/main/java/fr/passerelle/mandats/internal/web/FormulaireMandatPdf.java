package fr.passerelle.mandats.internal.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import fr.passerelle.structures.Structure;

/** Le formulaire de mandat en PDF (OpenPDF) : une page A4, gros caractères, à remettre à la personne. */
@Component
class FormulaireMandatPdf {

    private static final Font TITRE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22, Color.BLACK);
    private static final Font SOUS_TITRE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15, Color.BLACK);
    private static final Font TEXTE = FontFactory.getFont(FontFactory.HELVETICA, 12, Color.BLACK);

    byte[] ecrire(MandatVue m, String personne, Optional<Structure> structure) {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, sortie);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.addTitle("Mandat n° " + m.id());
        document.addCreator("Passerelle");
        document.open();
        document.add(new Paragraph("Mandat n° " + m.id(), TITRE));
        document.add(paragraphe("Avec ce mandat, " + personne + " autorise les aidants de " + m.structure()
                + structure.map(s -> " (" + s.commune() + ")").orElse("")
                + " à faire des démarches pour elle, seulement dans les domaines ci-dessous et seulement pendant la "
                + "durée indiquée."));
        document.add(titre("La personne"));
        document.add(paragraphe(personne));
        document.add(titre("La structure"));
        document.add(paragraphe(m.structure() + ". Mandat préparé par " + m.preparePar() + " le " + m.prepareLe() + "."));
        document.add(titre("Les domaines couverts"));
        m.perimetres().forEach(p -> document.add(paragraphe("• " + p)));
        document.add(titre("La durée"));
        document.add(paragraphe(m.duree() + " : du " + m.debut() + " au " + m.fin() + "."));
        document.add(titre("L'accord de la personne"));
        document.add(paragraphe(m.mode() + ". État : " + m.etatLibelle() + "."));
        if (!m.revocation().isEmpty()) {
            document.add(paragraphe(m.revocation()));
        }
        document.add(titre("Retirer ce mandat, à tout moment"));
        document.add(paragraphe("Depuis votre espace Passerelle (« Mes mandats »), en envoyant RETIRER par SMS depuis "
                + "votre portable, ou en le demandant au guichet. L'accès de l'aidant cesse aussitôt."));
        document.add(paragraphe("Chaque consultation et chaque action faite pour vous est enregistrée : vous pouvez "
                + "voir qui a consulté votre dossier, et quand."));
        document.close();
        return sortie.toByteArray();
    }

    private static Paragraph titre(String texte) {
        Paragraph p = new Paragraph(texte, SOUS_TITRE);
        p.setSpacingBefore(14);
        return p;
    }

    private static Paragraph paragraphe(String texte) {
        Paragraph p = new Paragraph(texte, TEXTE);
        p.setSpacingBefore(4);
        p.setLeading(17);
        return p;
    }
}
