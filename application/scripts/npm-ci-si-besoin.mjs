// Lance `npm ci --ignore-scripts` seulement si node_modules est absent ou plus ancien que package-lock.json.
// Appelé par Maven (phase generate-resources) avec le node/npm de la machine : aucun téléchargement de Node.
import { statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const mtime = (chemin) => { try { return statSync(chemin).mtimeMs; } catch { return -1; } };
const verrou = mtime('package-lock.json');
const installe = mtime('node_modules/.package-lock.json');
if (installe >= verrou && mtime('node_modules/@gouvfr/dsfr/dist/dsfr.min.css') > 0 && mtime('node_modules/axe-core/axe.min.js') > 0) {
  console.log('[passerelle] node_modules à jour, npm ci non relancé');
} else {
  console.log('[passerelle] npm ci --ignore-scripts (DSFR, axe-core)');
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
