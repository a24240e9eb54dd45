// Headers matched to fields: a header is normalised (case, accents, spaces and punctuation go)
// and must equal a known name for the field; "Email consent" matches nothing.
import type { Field } from './protocol.js';

const names: Record<Field, string[]> = {
  email: [
    'email',
    'emailaddress',
    'mail',
    'personalemail',
    'emailpersonal',
    'courriel',
    'adressecourriel',
    'adresseemail',
    'adressemail',
  ],
  dateOfBirth: [
    'dateofbirth',
    'dob',
    'birthdate',
    'birthday',
    'born',
    'datenaissance',
    'datedenaissance',
    'naissance',
    'ddn',
  ],
  firstName: ['firstname', 'first', 'givenname', 'forename', 'givennames', 'prenom'],
  middleNames: ['middlenames', 'middlename', 'middle', 'othernames', 'secondname', 'autresprenoms'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'nom', 'nomdefamille'],
  preferredName: ['preferredname', 'preferred', 'nickname', 'knownas', 'goesby', 'nomdusage'],
  mobile: [
    'mobile',
    'phone',
    'mobilephone',
    'mobilenumber',
    'phonenumber',
    'cell',
    'cellphone',
    'tel',
    'telephone',
    'portable',
    'telephoneportable',
  ],
  name: ['name', 'fullname', 'contact', 'contactname', 'nomcomplet'],
  tags: ['tags', 'tag', 'skills', 'labels', 'etiquettes', 'competences'],
};

export const normaliseHeader = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * The column for each field: a header equal to one of the field's names (or to `labels`, the
 * words the template and the form use in the reader's language); -1 when none is.
 */
export function matchColumns(
  headers: readonly string[],
  fields: readonly Field[],
  labels: Partial<Record<Field, string>> = {},
): number[] {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  return fields.map((field) => {
    const known = new Set([...names[field], normaliseHeader(field)]);
    const label = labels[field];
    if (label) known.add(normaliseHeader(label));
    const index = normalised.findIndex((h, i) => !taken.has(i) && known.has(h));
    if (index >= 0) taken.add(index);
    return index;
  });
}
