package fr.passerelle.dossiers.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.passerelle.comptes.AccesRefuseParRole;
import fr.passerelle.journal.ResultatAcces;

/**
 * Les tentatives refusées par la configuration de sécurité sur les routes des dossiers (un agent, un usager qui
 * ouvre {@code /dossiers/42}…) n'atteignent pas la politique d'accès : elles sont inscrites ici au journal.
 */
@Component
class JournalDesRefusParRole {

    /**
     * Toutes les routes d'un dossier, y compris celles des modules mandats, saisines et rectifications sous
     * {@code /dossiers/{id}/} : une tentative refusée sur un dossier est tracée, quel que soit le module de la page.
     */
    private static final Pattern ROUTE = Pattern.compile("^/(?:dossiers|mon-dossier)(?:/(\\d+))?(?:/.*)?$");

    private final PolitiqueAcces politique;

    JournalDesRefusParRole(PolitiqueAcces politique) {
        this.politique = politique;
    }

    @EventListener
    void refuse(AccesRefuseParRole refus) {
        Matcher m = ROUTE.matcher(refus.chemin());
        if (!m.matches()) {
            return;
        }
        Optional<Long> dossier = Optional.ofNullable(m.group(1)).map(Long::valueOf);
        politique.journaliser(refus.compte(), dossier, "accès à " + refus.methode() + " " + refus.chemin(),
                ResultatAcces.REFUSE, refus.raison() + " (rôle : " + refus.compte().role().libelle().toLowerCase(Locale.ROOT) + ")");
    }
}
