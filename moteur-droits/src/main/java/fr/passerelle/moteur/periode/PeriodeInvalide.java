package fr.passerelle.moteur.periode;

public class PeriodeInvalide extends IllegalArgumentException {
    public PeriodeInvalide(String message) {
        super(message);
    }
}
