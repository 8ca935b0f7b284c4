// Jour J hors connexion (amélioration progressive) : chaque saisie reçoit une clé unique, est gardée dans le
// localStorage de la tablette, puis envoyée ; sans réseau, elle attend et repart au retour de la connexion.
// Le serveur ignore une clé déjà reçue : un renvoi ne crée jamais de doublon. Sans ce script, le formulaire
// s'envoie normalement.
(function () {
  'use strict';
  var formulaire = document.getElementById('formulaire-passage');
  if (!formulaire || !window.localStorage || !window.fetch || !window.URLSearchParams) { return; }
  var stockage = 'passerelle-jour-j-' + formulaire.getAttribute('data-atelier');
  var etat = document.getElementById('etat-reseau');
  var liste = document.getElementById('passages');
  var envoiEnCours = false;

  function lire() {
    try { return JSON.parse(localStorage.getItem(stockage)) || []; } catch (e) { return []; }
  }
  function ecrire(file) {
    localStorage.setItem(stockage, JSON.stringify(file));
    afficher();
  }
  function afficher() {
    var n = lire().length;
    etat.textContent = n === 0
      ? (navigator.onLine ? 'Connexion : tout est envoyé.' : 'Hors connexion : les saisies seront gardées sur cette tablette.')
      : n + (n > 1 ? ' saisies gardées' : ' saisie gardée') + ' sur cette tablette : envoi dès le retour du réseau.';
  }
  function nouvelleCle() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID(); }
    return 'c' + Date.now().toString(36) + '-' + Math.random().toString(36).slice(2, 12);
  }
  function valeur(paires, nom) {
    for (var i = 0; i < paires.length; i++) { if (paires[i][0] === nom) { return paires[i][1]; } }
    return '';
  }
  function ajouterALaListe(texte) {
    var li = document.createElement('li');
    li.textContent = texte;
    liste.appendChild(li);
  }
  function envoyer() {
    if (envoiEnCours) { return; }
    var file = lire();
    if (file.length === 0) { afficher(); return; }
    envoiEnCours = true;
    var saisie = file[0];
    fetch(formulaire.action, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' },
      body: new URLSearchParams(saisie).toString()
    }).then(function (reponse) {
      envoiEnCours = false;
      var json = (reponse.headers.get('Content-Type') || '').indexOf('application/json') >= 0;
      if (reponse.ok && json && !reponse.redirected) {
        ecrire(lire().filter(function (s) { return valeur(s, 'cle') !== valeur(saisie, 'cle'); }));
        ajouterALaListe(valeur(saisie, 'nom') + ' : passage enregistré.');
        envoyer();
      } else if (reponse.status === 400 && json) {
        // Saisie refusée : elle n'est pas perdue, elle est montrée pour être corrigée et ressaisie.
        ecrire(lire().filter(function (s) { return valeur(s, 'cle') !== valeur(saisie, 'cle'); }));
        ajouterALaListe('À ressaisir (refusée par le serveur) : ' + valeur(saisie, 'nom') + ', ' + valeur(saisie, 'demarchesTexte'));
      } else {
        // Session expirée (page de connexion) ou serveur indisponible : la saisie reste sur la tablette.
        etat.textContent = lire().length + ' saisie(s) gardée(s) sur cette tablette : reconnectez-vous dans un autre onglet, l\'envoi reprendra.';
      }
    }).catch(function () { envoiEnCours = false; afficher(); });
  }
  formulaire.addEventListener('submit', function (evenement) {
    evenement.preventDefault();
    var paires = [];
    new FormData(formulaire).forEach(function (v, k) { paires.push([k, v]); });
    var file = lire();
    file.push(paires);
    ecrire(file);
    formulaire.reset();
    formulaire.querySelector('input[name="cle"]').value = nouvelleCle();
    // Le questionnaire repris appartient à cette fiche seulement : la fiche suivante part sans lui.
    var jeton = formulaire.querySelector('input[name="questionnaireJeton"]');
    if (jeton) {
      jeton.parentNode.removeChild(jeton);
      var repris = document.getElementById('questionnaire-pris');
      if (repris) { repris.textContent = 'Questionnaire relié à la fiche précédente.'; }
    }
    document.getElementById('nom').focus();
    envoyer();
  });
  window.addEventListener('online', envoyer);
  window.addEventListener('offline', afficher);
  setInterval(envoyer, 10000);
  formulaire.querySelector('input[name="cle"]').value = nouvelleCle();
  envoyer();
})();
