import { formatDate, relativeTime } from './format.js';
import type { Messages } from './types.js';

const plural = (n: number, one: string, other: string) => (n <= 1 ? one : other);

export const fr: Messages = {
  locale: 'fr',
  common: {
    optional: 'facultatif',
    required: 'obligatoire',
    loading: 'Chargement…',
    retry: 'Réessayer',
    cancel: 'Annuler',
    back: 'Retour',
    close: 'Fermer',
    sending: 'Envoi…',
    characters: (used, max) => `${used} sur ${max} caractères`,
    visibleToTeam: 'Visible uniquement par votre équipe',
    fixFields: (count) => `Corrigez ${count} ${plural(count, 'champ', 'champs')} pour continuer.`,
  },
  config: {
    title: 'Cet élément n’est pas relié à Invitekit',
    body: (tag) =>
      `Placez <${tag}> dans <invitekit-provider base-url="…" token="…">, ou renseignez sa propriété client.`,
    console: (tag) =>
      `<${tag}> n’a pas de client API. Placez-le dans <invitekit-provider base-url="…" token="…"> ou donnez à sa propriété \`client\` la valeur de createClient(…) de @invitekit/sdk.`,
  },
  errors: {
    network:
      'Impossible de joindre le serveur. Vérifiez votre connexion ; votre saisie est conservée.',
    timeout: 'Le serveur a mis trop de temps à répondre. Votre saisie est conservée.',
    rateLimited: (seconds) => `Trop de requêtes. Réessayez dans ${seconds} s.`,
    unexpected: 'Une erreur s’est produite de notre côté. Votre saisie est conservée.',
    loadFailed: 'Impossible de charger ce dont ce formulaire a besoin.',
    conflictTitle: 'Déjà invité',
    inactiveTitle: 'Ce compte ne peut pas encore être invité',
    openInvitation: 'Ouvrir l’invitation existante',
  },
  fields: {
    email: 'E-mail',
    emailHint: 'Son adresse e-mail personnelle.',
    dateOfBirth: 'Date de naissance',
    dateOfBirthHint: 'Sert à retrouver un profil existant.',
    firstName: 'Prénom',
    middleNames: 'Autres prénoms',
    lastName: 'Nom',
    preferredName: 'Nom d’usage',
    namesHint: 'Comme sur sa pièce d’identité ; les surnoms vont dans le nom d’usage.',
    projectRole: 'Rôle dans le projet',
    chooseRole: 'Choisissez un rôle',
    message: 'Message personnel',
    messageHint: 'Ajouté à l’e-mail d’invitation.',
    name: 'Nom',
    links: 'Liens',
    linksHint: 'Un par ligne, commençant par https://',
    files: 'Fichiers',
    skills: 'Compétences',
    skillsHint: 'Séparées par des virgules.',
    job: 'Poste à proposer',
    chooseJob: 'Choisissez un poste',
  },
  inviteForm: {
    projectTitle: 'Ajouter un membre au projet',
    poolTitle: 'Ajouter une personne au vivier',
    contactTitle: 'Inviter un contact de confiance',
    review: 'Vérifier',
    reviewTitle: 'Vérifiez avant d’envoyer',
    reviewInvite: (email, project, role) =>
      `${email} sera invité·e à ${project} en tant que ${role}.`,
    reviewAdd: (name, project, role) =>
      `${name} a déjà un compte actif : cette personne sera ajoutée à ${project} en tant que ${role} immédiatement, et prévenue par e-mail.`,
    reviewInactive:
      'Cette personne a un compte qui n’est pas encore actif (ou qui est désactivé) : l’invitation sera refusée.',
    validFor: (days) => `L’invitation reste valable ${days} jours.`,
    send: 'Envoyer l’invitation',
    lookUp: 'Continuer',
    existingProfile: (name) =>
      `Profil trouvé : ${name}. La personne sera invitée avec son profil existant.`,
    newProfile: 'Aucun profil n’utilise cet e-mail. Ajoutez ses noms pour en créer un.',
    invite: 'Inviter',
    inviteAndOffer: 'Inviter et proposer un poste',
    addedTitle: 'Membre ajouté',
    added: (name, project, role) =>
      `${name} a été ajouté·e à ${project} en tant que ${role}. Nous l’avons prévenu·e par e-mail.`,
    invitedTitle: 'Invitation envoyée',
    invited: (email, target, expires) =>
      `Nous avons invité ${email} à ${target}. L’invitation expire ${expires}.`,
    acceptedTitle: 'Ajouté·e au vivier',
    acceptedToPool: (name, pool) =>
      `${name} fait déjà partie d’un autre vivier de cet espace : la personne a été ajoutée à ${pool} directement.`,
    needsActivation:
      'La personne doit activer son compte (via l’e-mail envoyé) avant de pouvoir accepter.',
    connectionTitle: 'Demande de connexion envoyée',
    connectionRequested: (email) =>
      `${email} a déjà un compte : nous lui avons envoyé une demande de connexion.`,
    contactInvited: (email) => `Nous avons invité ${email} à rejoindre vos contacts de confiance.`,
    offered: (job) => `Le poste ${job} lui a aussi été proposé.`,
    another: 'Inviter une autre personne',
    individualBatch: 'Ajouts individuels',
  },
  time: {
    relative: (ms) => relativeTime('fr', ms),
    date: (iso) => formatDate('fr', iso),
  },
};
