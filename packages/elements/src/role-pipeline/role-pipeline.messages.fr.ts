// <role-pipeline>'s words in French, loaded on first use.
import { formatNumber } from '../shared/messages/format.js';
import type { PipelineMessages } from './role-pipeline.messages.js';

const num = (n: number) => formatNumber('fr', n);
const plural = (n: number, one: string, other: string) => (n <= 1 ? one : other);

export const fr: PipelineMessages = {
  label: (role) => `Recrutement : ${role}`,
  loading: 'Chargement du recrutement…',
  stages: {
    matches: 'Profils',
    invited: 'Invités',
    applied: 'Candidats',
    offered: 'Offre faite',
    confirmed: 'Confirmés',
    rejected: 'Écartés',
  },
  headcount: (confirmed, needed) =>
    `${num(confirmed)} ${plural(confirmed, 'confirmé', 'confirmés')} sur ${num(needed)}`,
  requires: (certifications) => `Exige : ${certifications.join(', ')}`,
  nothingRequired: 'Aucune habilitation exigée',
  search: 'Rechercher par nom ou e-mail',
  show: 'Afficher',
  filters: {
    '': 'Tout le monde',
    complete: 'Profils complets',
    partial: 'Profils partiels',
    declined: 'Invitations refusées',
    inactive: 'Comptes inactifs',
  },
  order: 'Ordre',
  sorts: { manual: 'Votre ordre', time: 'Temps dans l’étape', name: 'Nom' },
  compact: 'Compact',
  count: (shown, total) => (shown === total ? num(total) : `${num(shown)} sur ${num(total)}`),
  selectColumn: (stage) => `Sélectionner toutes les personnes affichées dans ${stage}`,
  selectCard: (who) => `Sélectionner ${who}`,
  actionsFor: (who) => `Actions pour ${who}`,
  moveTo: (stage, dialog) => `Déplacer vers ${stage}${dialog ? '…' : ''}`,
  details: 'Détails…',
  inStage: (duration) => `${duration} dans l’étape`,
  holds: (certification) => `Possède ${certification}`,
  lacks: (certification) => `Sans ${certification}`,
  declined: 'Invitation refusée',
  inactive: {
    initial: 'N’a pas encore de compte actif : impossible de l’inviter.',
    invited: 'N’a pas encore activé son compte : impossible de l’inviter.',
    disabled: 'Compte désactivé : impossible de l’inviter.',
  },
  inactiveTag: 'Compte inactif',
  reason: (reason) => `Motif : ${reason}`,
  rejected: (count) => `Écartés (${count})`,
  empty: (stage) => `Personne dans ${stage}.`,
  emptyFiltered: 'Personne ici ne correspond.',
  selected: (n) => `${num(n)} ${plural(n, 'sélectionnée', 'sélectionnées')}`,
  moveSelected: 'Déplacer vers…',
  bulkTo: (stage, eligible, selected, dialog) =>
    `${stage}${eligible === selected ? '' : ` (${num(eligible)} sur ${num(selected)})`}${dialog ? '…' : ''}`,
  moveSelectionLabel: (n) =>
    `Déplacer ${num(n)} ${plural(n, 'personne sélectionnée', 'personnes sélectionnées')}`,
  clearSelection: 'Effacer la sélection',
  people: (n) => `${num(n)} ${plural(n, 'personne', 'personnes')}`,
  inviteQuestion: (who) =>
    `Inviter ${who} à postuler ? Chaque personne reçoit un e-mail avec un lien vers le détail du poste.`,
  inviteMessage: 'Message (facultatif)',
  sendInvite: 'Envoyer l’invitation',
  rejectQuestion: (who) => `Écarter ${who} ?`,
  reject: 'Écarter',
  rejectReason: 'Motif (visible par votre équipe uniquement)',
  rejectNotify: 'Lui annoncer la décision par e-mail',
  rejectMatchesNote:
    'Les personnes encore dans Profils n’ont jamais été contactées et ne reçoivent pas d’e-mail.',
  why: {
    inactive: 'compte inactif',
    transition: (stage) => `ne peut pas passer à ${stage} depuis son étape`,
  },
  skipped: (n) => `${num(n)} ${plural(n, 'personne laissée', 'personnes laissées')} de côté :`,
  moved: (who, stage) => `${who} : déplacé vers ${stage}.`,
  reordered: (who, position, of) => `${who} est maintenant ${num(position)} sur ${num(of)}.`,
  undo: 'Annuler',
  undoHint: 'Annulez avec Contrôle+Z tant que ceci s’affiche ; rien n’est envoyé avant.',
  undone: (who, stage) => `Annulé : ${who} de retour dans ${stage}. Rien n’a été envoyé.`,
  dismiss: 'Fermer',
  notMoved: (n) => `${num(n)} ${plural(n, 'personne non déplacée', 'personnes non déplacées')}`,
  rolledBack: (who) => `${who} n’a pas pu être déplacé et reste à sa place.`,
  cardHelp:
    'Entrée pour déplacer, Maj+Espace pour sélectionner, Maj+Haut ou Bas pour étendre, Contrôle+Z pour annuler.',
  moveStart: (who, stage) =>
    `Déplacement de ${who}, depuis ${stage}. Gauche et Droite choisissent la colonne, Haut et Bas la place, Entrée dépose, Échap annule.`,
  moveOver: (stage, position, of) => `${stage}, place ${num(position)} sur ${num(of)}.`,
  moveOverSorted: (stage, order) => `${stage}, trié par ${order.toLowerCase()}.`,
  moveBack: (stage) => `De retour dans ${stage} : Entrée l’y laisse.`,
  moveCancelled: 'Déplacement annulé.',
  cannotMove: (who, stage) => `${who} ne peut pas passer à ${stage}.`,
  picker: 'Étape',
  detailsTitle: (who) => `Détails : ${who}`,
  detailFields: {
    shownAs: 'Affiché comme',
    legalName: 'Nom légal',
    email: 'E-mail',
    account: 'Compte',
    certifications: 'Habilitations',
    missing: 'Manquantes pour ce poste',
    since: 'Dans cette étape depuis',
    reason: 'Motif de l’écart',
    none: 'Aucune',
  },
  refreshed: 'Le recrutement a changé : mis à jour.',
};
