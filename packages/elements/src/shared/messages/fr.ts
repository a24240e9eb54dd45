import { formatDate, formatNumber, formatSize, relativeTime } from './format.js';
import type { Messages } from './types.js';

const num = (n: number) => formatNumber('fr', n);
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
    characters: (used, max) => `${num(used)} sur ${num(max)} caractères`,
    visibleToTeam: 'Visible uniquement par votre équipe',
    fixFields: (count) => `Corrigez ${count} ${plural(count, 'champ', 'champs')} pour continuer.`,
  },
  config: {
    title: 'Cet élément n’est pas relié à Invitekit',
    body: (tag) =>
      `Placez <${tag}> dans <invitekit-provider base-url="…" token="…">, ou renseignez sa propriété client.`,
    console: (tag) =>
      `<${tag}> n’a pas de client API. Placez-le dans <invitekit-provider base-url="…" token="…"> ou donnez à sa propriété \`client\` la valeur de createClient(…) de @invitekit/sdk.`,
    attributeBody: (tag) =>
      `Son client est arrivé sous forme de texte (« [object Object] ») : <${tag}> a été affiché avant d’être défini. Importez @invitekit/elements/define/${tag} avant l’affichage, ou utilisez les composants de @invitekit/react.`,
    attributeConsole: (tag) =>
      `<${tag}> a reçu \`client\` comme attribut (« [object Object] ») et non comme propriété : un framework a affiché la balise avant que son module de définition ne s’exécute. Importez '@invitekit/elements/define/${tag}' avant le premier affichage, ou utilisez les composants de @invitekit/react, qui définissent les propriétés quel que soit l’ordre.`,
  },
  errors: {
    network:
      'Impossible de joindre le serveur. Vérifiez votre connexion ; votre saisie est conservée.',
    timeout: 'Le serveur a mis trop de temps à répondre. Votre saisie est conservée.',
    rateLimited: (seconds) => `Trop de requêtes. Réessayez dans ${seconds} s.`,
    unexpected: 'Une erreur s’est produite de notre côté. Votre saisie est conservée.',
    loadFailed: 'Impossible de charger ce dont ce formulaire a besoin.',
    unauthorized:
      'Votre jeton de connexion n’est pas valide ou a expiré. Reconnectez-vous, puis réessayez.',
    forbidden:
      'Seuls les administrateurs de l’espace peuvent faire cela. Demandez-le à l’un d’eux, ou connectez-vous en tant qu’administrateur.',
    notFound: {
      project:
        'Ce projet est introuvable. Vérifiez son identifiant, ou choisissez un autre projet.',
      pool: 'Ce vivier est introuvable. Vérifiez son identifiant, ou choisissez un autre vivier.',
      other: 'Élément introuvable : il a peut-être été supprimé entre-temps.',
    },
    validation: 'Une partie de ce qui a été envoyé n’est pas valide. Vérifiez les champs signalés.',
    linkExpired: 'Ce lien a expiré ou a été révoqué. Demandez-en un nouveau.',
    conflictTitle: 'Conflit avec l’existant',
    conflict: 'Cela entre en conflit avec un élément existant. Rechargez pour voir l’état actuel.',
    pendingTitle: 'Déjà invité·e',
    pending: (email, target, role, sentOn) =>
      `${email} a déjà une invitation en attente pour ${target}${role ? ` en tant que ${role}` : ''}, envoyée le ${sentOn}. Ouvrez-la pour la renvoyer, ou attendez sa réponse.`,
    openInvitation: 'Ouvrir l’invitation existante',
    memberTitle: 'Déjà membre',
    member: (name, target, role) => `${name} est déjà membre de ${target} en tant que ${role}.`,
    roleConflictTitle: 'Conflit de rôles',
    roleConflict: (name, held, requested, allowed) =>
      `${name} a le rôle de plateforme ${held}, incompatible avec ${requested}. Choisissez plutôt ${allowed}, ou adressez-vous à un administrateur de la plateforme.`,
    notActivatedTitle: 'Compte pas encore activé',
    notActivated: (name) =>
      `${name} n’a pas encore activé son compte : la personne doit d’abord accepter son invitation à la plateforme.`,
    disabledTitle: 'Compte désactivé',
    disabled: (name) => `Le compte de ${name} est désactivé : réactivez-le avant de l’inviter.`,
    alreadySignedUp: 'Cette personne s’est déjà inscrite et attend d’être approuvée.',
    expiredReinvite: 'Cette invitation a expiré : réinvitez plutôt la personne.',
    notNow: (status) => `Impossible pour l’instant : statut ${status}.`,
    changed:
      'Ce n’est plus possible : la situation a changé entre-temps. Rechargez pour voir l’état actuel.',
  },
  validation: {
    required: (field) => `${field} : champ obligatoire`,
    tooLong: (field, max) => `${field} : ${num(max)} caractères au plus`,
    email: 'Saisissez une adresse e-mail comme nom@exemple.fr',
    link: 'Les liens doivent commencer par http:// ou https://',
    chooseRole: 'Choisissez un rôle dans le projet',
    realDate: 'Saisissez une date qui existe',
    pastDate: 'La date de naissance doit être passée',
    invalid: (field) => `${field} : valeur non valide`,
  },
  platformRoles: { Client: 'Client', Staff: 'Personnel' },
  roles: {
    Administrator: 'Administrateur·rice',
    Manager: 'Responsable',
    Member: 'Membre',
    Viewer: 'Lecteur·rice',
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
  table: {
    label: 'Invitations',
    accountsLabel: 'Personnes et comptes',
    search: 'Rechercher par nom ou e-mail',
    statusFilter: 'Filtrer par statut',
    all: 'Toutes',
    status: {
      pending: 'En attente',
      applied: 'À approuver',
      accepted: 'Acceptée',
      declined: 'Refusée',
      expired: 'Expirée',
      revoked: 'Retirée',
    },
    account: { initial: 'Non invité', invited: 'Invité', active: 'Actif', disabled: 'Désactivé' },
    kind: {
      workspace: 'Compte',
      pool: 'Vivier',
      project: 'Projet',
      role: 'Poste',
      contact: 'Contact',
    },
    columns: {
      select: 'Sélection',
      person: 'Personne',
      what: 'Pour',
      status: 'Statut',
      sent: 'Envoyée',
      expires: 'Expiration',
      times: 'Envois',
      invitedBy: 'Invité par',
      actions: 'Actions',
      account: 'Compte',
      pools: 'Viviers',
      email: 'E-mail',
      role: 'Rôle',
      expiresAt: 'Expire le',
    },
    expiresIn: (relative) => `expire ${relative}`,
    expiredAgo: (relative) => `expirée ${relative}`,
    expired: 'expirée',
    closed: '—',
    selectRow: (who) => `Sélectionner ${who}`,
    selectAll: 'Sélectionner toutes les lignes chargées',
    selected: (n) => `${num(n)} sélectionnée${n > 1 ? 's' : ''}`,
    timesBy: (n, by) => `${n === 1 ? 'Une fois' : `${num(n)} fois`} · ${by}`,
    actionsFor: (who) => `Actions pour ${who}`,
    resend: 'Renvoyer',
    expire: 'Faire expirer',
    confirmExpire: (who) =>
      `Faire expirer l’invitation de ${who} ? Son lien cesse de fonctionner immédiatement.`,
    reinvite: 'Réinviter',
    copyLink: 'Copier le lien',
    copied: 'Lien d’invitation copié.',
    details: 'Détails',
    sendInvite: 'Envoyer l’invitation',
    resendInvite: 'Renvoyer l’invitation',
    disable: 'Désactiver',
    enable: 'Réactiver',
    bulkResend: 'Renvoyer la sélection',
    bulkExpire: 'Faire expirer la sélection',
    bulkDone: (ok, failed) =>
      `${num(ok)} effectuée${ok > 1 ? 's' : ''}${failed ? `, ${num(failed)} en échec` : ''}.`,
    approve: 'Approuver',
    reject: 'Refuser',
    bulkApprove: (n) => `Approuver ${num(n)} ${plural(n, 'inscription', 'inscriptions')}`,
    bulkReject: (n) => `Refuser ${num(n)} ${plural(n, 'inscription', 'inscriptions')}`,
    confirmApprove: (who, target) =>
      `Approuver ${who} ? Cette personne s’est inscrite à ${target} par un lien partagé. L’approuver active son compte et lui donne accès : n’approuvez que des personnes que vous attendez.`,
    confirmReject: (who) =>
      `Refuser l’inscription de ${who} ? Cette personne n’aura pas accès, et nous la prévenons par e-mail.`,
    confirmApproveMany: (n) =>
      `Approuver ${num(n)} inscriptions ? Les approuver active les comptes et donne accès : n’approuvez que des personnes que vous attendez.`,
    confirmRejectMany: (n) =>
      `Refuser ${num(n)} inscriptions ? Ces personnes n’auront pas accès, et nous les prévenons par e-mail.`,
    signupsWaiting: (n) =>
      `${num(n)} ${plural(n, 'personne s’est inscrite', 'personnes se sont inscrites')} par un lien partagé et ${plural(n, 'attend', 'attendent')} votre approbation. L’approbation est une étape de sécurité : elle active le compte et donne accès, n’approuvez donc que des personnes que vous attendez.`,
    showSignups: 'Voir les inscriptions',
    exportCsv: 'Exporter en CSV',
    empty: 'Aucune invitation pour l’instant.',
    emptyFiltered: 'Rien ne correspond à ces filtres.',
    loading: 'Chargement des invitations…',
    loadMore: 'Charger plus',
    showing: (shown, total) => `${num(shown)} sur ${num(total)}`,
    done: (action, who) => `${action} : ${who}.`,
  },
  time: {
    relative: (ms) => relativeTime('fr', ms),
    date: (iso) => formatDate('fr', iso),
    number: num,
    size: (bytes) => formatSize('fr', bytes),
  },
};
