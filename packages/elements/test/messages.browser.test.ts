// Catalogues: an element's own words load with the shared ones, English until they are in.
import { expect } from '@open-wc/testing';
import { Catalogue, catalogues, loadMessages, messagesFor } from '../src/shared/messages/index.js';

describe('message catalogues', () => {
  it('an element catalogue answers in English until its language loads, then says so once', async () => {
    let loads = 0;
    const words = new Catalogue<{ hello: string }>(
      { hello: 'Hello' },
      { xx: () => ((loads += 1), Promise.resolve({ hello: 'Xallo' })) },
    );
    let told = 0;
    expect(words.for('xx-YY', () => (told += 1)).hello).to.equal('Hello');
    expect(words.for('de').hello).to.equal('Hello');
    expect((await words.load('xx')).hello).to.equal('Xallo');
    expect(words.for('XX').hello).to.equal('Xallo');
    expect(told).to.equal(1);
    expect(loads).to.equal(1);
  });

  it('loadMessages() loads every catalogue made so far, with the shared one; a failed load stays English', async () => {
    const words = new Catalogue<{ hello: string }>(
      { hello: 'Hello' },
      { fr: () => Promise.resolve({ hello: 'Bonjour' }) },
    );
    const broken = new Catalogue<{ hello: string }>(
      { hello: 'Hello' },
      { fr: () => Promise.reject(new Error('offline')) },
    );
    const shared = await loadMessages('fr-CA');
    expect(shared.common.cancel).to.equal('Annuler');
    expect(words.for('fr').hello).to.equal('Bonjour');
    expect(broken.for('fr').hello).to.equal('Hello');
    expect(messagesFor('fr').common.cancel).to.equal('Annuler');
    expect(catalogues.fr).to.equal(shared);
  });
});
