import { formatNumber } from '../../shared/messages/format.js';
import type { UploaderMessages } from './types.js';

const num = (n: number) => formatNumber('fr', n);
const plural = (n: number, one: string, other: string) => (n <= 1 ? one : other);

export const fr: UploaderMessages = {
  title: (pool) => `Ajouter des personnes à ${pool} depuis un tableur`,
  contactsTitle: 'Importer des contacts de confiance depuis un tableur',
  startTitle: 'Commencer un nouveau lot',
  batchName: 'Nom du lot',
  batchNameHint: 'Par exemple « Équipe de nuit, décembre ». Vous pourrez le rouvrir plus tard.',
  pool: 'Vivier',
  start: 'Commencer le lot',
  reopenTitle: 'Ou rouvrir un lot',
  noBatches: 'Aucun lot pour l’instant.',
  reopen: (name) => `Rouvrir ${name}`,
  batchCounts: (uploaded, invited, accepted) =>
    `${num(uploaded)} ${plural(uploaded, 'importée', 'importées')} · ${num(invited)} ${plural(invited, 'invitée', 'invitées')} · ${num(accepted)} ${plural(accepted, 'acceptée', 'acceptées')}`,
  template: 'Télécharger le modèle CSV',
  otherBatch: 'Commencer ou rouvrir un autre lot',
  dropTitle: 'Importer un fichier',
  drop: 'Déposez ici un fichier CSV, TSV ou Excel (.xlsx), ou',
  choose: 'Choisir un fichier',
  accepts: (maxRows, maxSize) => `Jusqu’à ${maxRows} lignes et ${maxSize}.`,
  reading: (name) => `Lecture de ${name}…`,
  readRows: (n) => `${num(n)} ${plural(n, 'ligne lue', 'lignes lues')}`,
  fatal: {
    empty: 'Ce fichier est vide : il n’y a rien à importer.',
    tooBig: 'Ce fichier est trop volumineux.',
    binary:
      'Ce n’est pas un tableur lisible (on dirait un fichier binaire renommé). Enregistrez-le en CSV ou en .xlsx et réessayez.',
    oldExcel:
      'C’est un ancien fichier Excel (.xls). Enregistrez-le en .xlsx ou en CSV et réessayez.',
    noRows: 'Ce fichier a une ligne d’en-tête mais aucune personne.',
    badXlsx:
      'Impossible de lire ce classeur. Enregistrez-le de nouveau en .xlsx ou en CSV et réessayez.',
  },
  tooBig: (size) => `Ce fichier dépasse ${size}. Découpez-le en fichiers plus petits.`,
  fileSummary: (name, rows) => `${name} : ${num(rows)} ${plural(rows, 'ligne', 'lignes')}`,
  encoding: 'Encodage',
  encodingHint: 'Si des noms s’affichent mal (comme « JosÃ© »), essayez un autre encodage.',
  encodings: {
    'utf-8': 'UTF-8',
    'windows-1252': 'Windows-1252 (occidental, ancien Excel)',
    'utf-16le': 'UTF-16 (petit-boutiste)',
    'utf-16be': 'UTF-16 (gros-boutiste)',
  },
  encodingGuessed:
    'Ce fichier n’est pas en UTF-8 : nous l’avons lu en Windows-1252 (Excel sous Windows). Vérifiez les noms dans l’aperçu.',
  delimiter: 'Séparateur',
  delimiters: {
    ',': 'Virgule',
    ';': 'Point-virgule',
    '\t': 'Tabulation',
    '|': 'Barre verticale',
  },
  sheet: 'Feuille',
  preview: 'Les premières lignes, telles qu’elles sont dans le fichier',
  mappingTitle: 'Colonnes',
  mappingHint:
    'Nous avons associé les en-têtes du fichier à ces champs. Corrigez celles qui sont fausses.',
  columnFor: (field) => `Colonne pour ${field}`,
  notInFile: '— Absente du fichier —',
  unmapped: (fields) => `Choisissez une colonne pour ${fields} pour continuer.`,
  datesTitle: 'Dates de naissance',
  datesAmbiguous:
    'Toutes les dates de ce fichier se lisent de deux façons (03/04/1990 est le 3 avril ou le 4 mars). Qu’est-ce qui vient d’abord ?',
  dayFirst: 'Le jour (03/04/1990 est le 3 avril 1990)',
  monthFirst: 'Le mois (03/04/1990 est le 4 mars 1990)',
  datesMixed:
    'Certaines dates se lisent jour d’abord, d’autres mois d’abord. Les lignes dont la date ne convient pas sont signalées.',
  notes: {
    malformedQuote: (line) =>
      `La ligne ${num(line)} du fichier contient un guillemet mal fermé ; elle a été lue comme des cellules simples.`,
    tooManyRows: (max, total) =>
      `Seules les ${num(max)} premières lignes sur ${num(total)} ont été lues. Importez le reste dans un autre fichier.`,
    blankRows: (count) =>
      `${num(count)} ${plural(count, 'ligne vide a été ignorée', 'lignes vides ont été ignorées')}.`,
  },
  localSummary: (rows, problems) =>
    `${num(rows)} ${plural(rows, 'ligne', 'lignes')} : ${num(rows - problems)} ${plural(rows - problems, 'prête', 'prêtes')}, ${num(problems)} avec des problèmes.`,
  upload: (rows) => `Importer et vérifier ${num(rows)} ${plural(rows, 'ligne', 'lignes')}`,
  discard: 'Abandonner ce fichier',
  checking: 'Vérification auprès des fiches du vivier',
  checked: (done, total) => `${num(done)} lignes vérifiées sur ${num(total)}`,
  checkFailed: 'La vérification s’est arrêtée. Les lignes déjà vérifiées sont conservées.',
  uploadRest: (rows) => `Importer les ${num(rows)} autres ${plural(rows, 'ligne', 'lignes')}`,
  alreadyInBatch: (rows) =>
    `${num(rows)} ${plural(rows, 'ligne de ce fichier était déjà', 'lignes de ce fichier étaient déjà')} dans ce lot, à l’identique : ${plural(rows, 'elle n’a pas été importée', 'elles n’ont pas été importées')} une seconde fois.`,
  interrupted: (name, checked, total) =>
    `La vérification de ${name} s’est arrêtée après ${num(checked)} lignes sur ${num(total)} (la page a été fermée ou rechargée). Déposez à nouveau le même fichier pour vérifier le reste : les lignes déjà dans ce lot sont reconnues et ne sont pas importées deux fois.`,
  stop: 'Arrêter',
  stopping: 'Arrêt après les lignes en cours d’envoi…',
  tabs: { uploaded: 'Importées', invited: 'Invitées', accepted: 'Acceptées' },
  tabsLabel: 'Lignes par étape',
  problemsOnly: (n) => `Seulement les lignes à corriger (${num(n)})`,
  exportProblems: 'Exporter les lignes à corriger (CSV)',
  gridLabel: 'Lignes importées',
  columns: {
    row: 'Ligne',
    person: 'Personne',
    dateOfBirth: 'Date de naissance',
    mobile: 'Mobile',
    check: 'Vérification',
    problems: 'Problèmes',
    tags: 'Étiquettes',
  },
  from: (raw) => `depuis « ${raw} »`,
  checks: {
    existing: 'Fiche existante',
    new: 'Nouvelle personne',
    invalid: 'À corriger',
    local: 'Pas encore vérifiée',
  },
  stages: {
    uploaded: 'Importée',
    invited: 'Invitée',
    accepted: 'Acceptée',
    declined: 'Refusée',
    expired: 'Expirée',
  },
  needsActivation: 'Doit d’abord activer son compte',
  noProblems: '—',
  empty: 'Aucune ligne ici pour l’instant.',
  emptyFiltered: 'Aucune ligne à corriger ici.',
  rowLabel: (line, who) => (line ? `Ligne ${num(line)} : ${who}` : who),
  actionsFor: (who) => `Actions pour ${who}`,
  edit: 'Corriger',
  remove: 'Retirer',
  confirmRemove: (n) =>
    `Retirer ${num(n)} ${plural(n, 'ligne', 'lignes')} de ce lot ? ${plural(n, 'Elle n’a', 'Elles n’ont')} pas été ${plural(n, 'invitée', 'invitées')}.`,
  removed: (n) => `${num(n)} ${plural(n, 'ligne retirée', 'lignes retirées')}.`,
  removeSelected: (n) => `Retirer la sélection (${num(n)})`,
  correctTitle: (line) => (line ? `Corriger la ligne ${num(line)}` : 'Corriger cette personne'),
  saveCheck: 'Enregistrer et vérifier',
  corrected: (who, ok) => (ok ? `${who} peut être invité·e.` : `${who} est encore à corriger.`),
  inviteTitle: 'Inviter',
  inviteSelected: (n) => `Inviter la sélection (${num(n)})`,
  inviteAll: (n) => `Inviter toutes les lignes valides (${num(n)})`,
  inviting: 'Invitation en cours…',
  invitedSoFar: (done, total) => `${num(done)} sur ${num(total)} fait${done > 1 ? 's' : ''}`,
  invitedResult: (invited, accepted, failed) =>
    `${num(invited)} ${plural(invited, 'invitée', 'invitées')}, ${num(accepted)} ${plural(accepted, 'ajoutée', 'ajoutées')} directement${failed ? `, ${num(failed)} en échec` : ''}.`,
  failedRow: (line, who, why) => `${line ? `Ligne ${num(line)} ` : ''}(${who}) : ${why}`,
  retryFailed: (n) => `Réessayer ${plural(n, 'la ligne', `les ${num(n)} lignes`)} en échec`,
  nothingToInvite: 'Aucune ligne valide à inviter.',
  importSelected: (n) => `Importer la sélection (${num(n)})`,
  importAll: (n) => `Importer toutes les lignes valides (${num(n)})`,
  importedResult: (invited, connected, failed) =>
    `${num(invited)} ${plural(invited, 'invitation envoyée', 'invitations envoyées')}, ${num(connected)} ${plural(connected, 'demande', 'demandes')} de connexion${failed ? `, ${num(failed)} en échec` : ''}.`,
  outcomes: {
    reviewed: 'Prête',
    invited: 'Invitée',
    'connection-requested': 'Connexion demandée',
    skipped: 'Non importée',
  },
  problems: {
    required: (field) => `${field} : champ manquant.`,
    email: 'Ce n’est pas une adresse e-mail (comme nom@exemple.fr).',
    tooLong: (field, max) => `${field} dépasse ${num(max)} caractères.`,
    dateUnreadable: 'Date illisible (essayez 1990-04-03).',
    dateNotReal: 'Cette date n’existe pas (pas de tel jour ce mois-là).',
    dateFuture: 'Une date de naissance doit être dans le passé.',
    dateTooOld: 'Une date de naissance d’il y a plus de 130 ans.',
    mobileExcel:
      'Excel a transformé ce numéro en 6.14123E+10 et perdu ses derniers chiffres. Saisissez-le de nouveau en entier.',
    mobileInvalid: (country) =>
      `Ce n’est pas un numéro de mobile (sans +, nous supposons ${country}).`,
    duplicate: (line) => `Même e-mail qu’à la ligne ${num(line)}.`,
    extraCells: (n) =>
      `${num(n)} ${plural(n, 'cellule', 'cellules')} de plus que l’en-tête ; ${plural(n, 'elle a été ignorée', 'elles ont été ignorées')}.`,
    malformedQuote: (line) =>
      `Un guillemet de la ligne ${num(line)} du fichier n’est pas fermé ; vérifiez les cellules de cette ligne.`,
  },
  csv: { row: 'Ligne', problems: 'Problèmes' },
};
