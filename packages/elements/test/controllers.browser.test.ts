// The shared controllers every list-like element composes (table, uploader review, pipeline
// columns), each tested on its own through a small host element, as a user drives it.
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, css, html } from 'lit';
import { ActionMenu } from '../src/shared/controllers/action-menu.js';
import { Confirm } from '../src/shared/controllers/confirm.js';
import { cssProps } from '../src/shared/controllers/css-props.js';
import { RowFocus } from '../src/shared/controllers/row-focus.js';
import { Selection } from '../src/shared/controllers/selection.js';
import { SizeController } from '../src/shared/controllers/size.js';
import { VirtualList } from '../src/shared/controllers/virtual-list.js';
import { download } from '../src/shared/download.js';
import { press, screenOf, until } from './helpers.js';

interface Item {
  id: string;
  label: string;
}

class ListHost extends LitElement {
  static override styles = css`
    .body {
      height: 200px;
      overflow: auto;
    }
    .row {
      height: var(--_row);
      box-sizing: border-box;
    }
  `;
  items: Item[] = Array.from({ length: 1000 }, (_, i) => ({ id: `r${i}`, label: `Row ${i}` }));
  picked: string[] = [];
  readonly size: SizeController = new SizeController(this);
  readonly list: VirtualList = new VirtualList(this, {
    rowHeight: () => Math.round(2.5 * this.size.em),
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.body'),
  });
  readonly rowFocus: RowFocus = new RowFocus(this, this.list, () => this.items.length);
  readonly selection = new Selection(this);
  readonly confirm = new Confirm(this);
  readonly menu = new ActionMenu<Item>(this, {
    key: (item) => item.id,
    label: (item) => `Actions for ${item.label}`,
    items: (item) => [
      { label: 'Pick', run: () => this.picked.push(item.id) },
      { label: 'Unavailable', run: () => this.picked.push('never'), disabled: true },
      {
        label: 'Remove',
        run: () =>
          void this.confirm.ask({
            text: `Remove ${item.label}?`,
            confirm: 'Remove',
            run: () => this.picked.push(`removed ${item.id}`),
            onCancel: () => void this.rowFocus.focus(this.items.indexOf(item)),
          }),
      },
    ],
  });

  protected override render() {
    return html`${this.confirm.render('Cancel')}
      <div
        class="body"
        role="grid"
        aria-label="Rows"
        ${cssProps(this.list.scrollerProps)}
        @scroll=${(e: Event) => this.list.onScroll(e)}
        @keydown=${(e: KeyboardEvent) => {
          if (this.rowFocus.onKeyDown(e)) return;
          if (e.key === ' ') {
            e.preventDefault();
            const item = this.items[this.rowFocus.index];
            if (item) this.selection.toggle(item.id);
          }
        }}
      >
        ${this.list.render(
          this.items,
          (item, index) =>
            html`<div
              role="row"
              class="row"
              data-index=${index}
              tabindex=${this.rowFocus.tabIndex(index)}
              aria-selected=${this.selection.has(item.id) ? 'true' : 'false'}
              @focus=${() => (this.rowFocus.index = index)}
            >
              <span role="gridcell">${item.label}</span>
              <span role="gridcell">${this.menu.button(item, this.rowFocus.tabIndex(index))}</span>
            </div>`,
        )}
      </div>
      ${this.menu.render('Actions')}`;
  }
}
customElements.define('test-list-host', ListHost);

/** Two keyed lists side by side (like the pipeline's columns), each with its own row focus. */
class TwoListsHost extends LitElement {
  static override styles = ListHost.styles;
  lists: Item[][] = [
    Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, label: `A ${i}` })),
    Array.from({ length: 50 }, (_, i) => ({ id: `b${i}`, label: `B ${i}` })),
  ];
  picked: string[] = [];
  /** The lists' height to expect before they are measured (0: the lists' default guess). */
  expected = 0;
  updates = 0;
  readonly size: SizeController = new SizeController(this);
  readonly virtual = [0, 1].map(
    (n) =>
      new VirtualList(this, {
        rowHeight: () => 40,
        scroller: () => this.renderRoot.querySelector<HTMLElement>(`.body[data-n="${n}"]`),
        expectedHeight: () => this.expected,
        key: (item: Item) => item.id,
      }),
  );

  protected override updated(): void {
    this.updates++;
  }
  readonly rowFocus = [0, 1].map(
    (n) =>
      new RowFocus(
        this,
        this.virtual[n] as VirtualList,
        () => this.lists[n]?.length ?? 0,
        () => this.renderRoot.querySelector(`.body[data-n="${n}"]`),
      ),
  );
  readonly menu = new ActionMenu<'all'>(this, {
    key: () => 'all',
    label: () => 'Everything',
    items: () => [{ label: 'Pick all', run: () => this.picked.push('all') }],
  });

  protected override render() {
    return html`${this.menu.button('all', 0, 'Do…')}
    ${[0, 1].map(
      (n) =>
        html`<div
          class="body"
          role="grid"
          aria-label="List ${n}"
          data-n=${n}
          @scroll=${(e: Event) => this.virtual[n]?.onScroll(e)}
          @keydown=${(e: KeyboardEvent) => this.rowFocus[n]?.onKeyDown(e)}
        >
          ${this.virtual[n]?.render(
            this.lists[n] ?? [],
            (item, index) =>
              html`<div
                role="row"
                class="row"
                data-index=${index}
                tabindex=${this.rowFocus[n]?.tabIndex(index) ?? -1}
                @focus=${() => this.rowFocus[n] && (this.rowFocus[n].index = index)}
              >
                <span role="gridcell">${item.label}</span>
              </div>`,
          )}
        </div>`,
    )}
    ${this.menu.render('Everything')}`;
  }
}
customElements.define('test-two-lists-host', TwoListsHost);

async function mount(fontSize = 16): Promise<ListHost> {
  const wrapper = await fixture<HTMLElement>(fixtureHtml`<div></div>`);
  wrapper.style.fontSize = `${fontSize}px`;
  const host = new ListHost();
  wrapper.append(host);
  await until(() => host.size.em === fontSize && host.list.viewport === 200, 'measured');
  await host.updateComplete;
  return host;
}

const rendered = (host: ListHost) => [
  ...(host.shadowRoot?.querySelectorAll<HTMLElement>('[role="row"]') ?? []),
];
const body = (host: ListHost) =>
  host.shadowRoot?.querySelector<HTMLElement>('.body') as HTMLElement;

/** A host whose layout turns narrow below 500 px. */
class WidthHost extends LitElement {
  updates = 0;
  readonly size: SizeController = new SizeController(this);

  protected override render() {
    return html`<p>${this.size.narrowerThan(500) ? 'narrow' : 'wide'}</p>`;
  }

  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('test-width-host', WidthHost);

describe('shared controllers', () => {
  it('VirtualList: renders only the rows in view (plus overscan), sized in ems, and follows scrolling', async () => {
    const host = await mount(16);
    // 200 px of 40 px rows: 5 in view, 3 below them.
    expect(rendered(host).map((r) => r.dataset.index)).to.deep.equal([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(rendered(host)[0]?.getBoundingClientRect().height).to.equal(40);
    expect(body(host).scrollHeight).to.equal(1000 * 40);
    body(host).scrollTop = 20_000; // row 500
    await until(() => rendered(host)[0]?.dataset.index === '497', 'scrolled window');
    const first = rendered(host).find((r) => r.dataset.index === '500');
    expect(first?.getBoundingClientRect().top).to.equal(body(host).getBoundingClientRect().top);
  });

  it('VirtualList: larger text gets taller rows, so nothing is clipped', async () => {
    const host = await mount(24);
    expect(rendered(host)[0]?.getBoundingClientRect().height).to.equal(60);
    expect(body(host).scrollHeight).to.equal(1000 * 60);
  });

  it('RowFocus and Selection: arrows, End and Home move focus (scrolling), Space selects', async () => {
    const host = await mount();
    rendered(host)[0]?.focus();
    await press('ArrowDown');
    await press('ArrowDown');
    await until(() => host.shadowRoot?.activeElement?.getAttribute('data-index') === '2', 'row 2');
    await press(' ');
    await press('End');
    await until(() => host.shadowRoot?.activeElement?.getAttribute('data-index') === '999', 'last');
    await press(' ');
    await press('Home');
    await until(() => host.shadowRoot?.activeElement?.getAttribute('data-index') === '0', 'first');
    expect([...host.selection.ids]).to.deep.equal(['r2', 'r999']);
    await press('PageDown');
    await until(() => host.shadowRoot?.activeElement?.getAttribute('data-index') === '4', 'a page');
    // Only the focused row is in the tab order.
    expect(rendered(host).filter((r) => r.tabIndex === 0).length).to.equal(1);
  });

  it('Selection: toggles all, extends a range from the last toggled, and forgets rows that left', async () => {
    const host = await mount();
    const ids = host.items.map((i) => i.id);
    host.selection.toggle('r3');
    host.selection.extendTo(ids, 'r6');
    expect([...host.selection.ids].sort()).to.deep.equal(['r3', 'r4', 'r5', 'r6']);
    host.selection.retain(['r4', 'r6', 'r9']);
    expect([...host.selection.ids].sort()).to.deep.equal(['r4', 'r6']);
    host.selection.toggleAll(ids.slice(0, 10));
    expect(host.selection.size).to.equal(10);
    expect(host.selection.hasAll(ids.slice(0, 10))).to.equal(true);
    host.selection.toggleAll(ids.slice(0, 10));
    expect(host.selection.size).to.equal(0);
    await host.updateComplete;
    expect(rendered(host).some((r) => r.getAttribute('aria-selected') === 'true')).to.equal(false);
  });

  it('ActionMenu: opens from its button, moves with arrows past nothing disabled, runs the choice, and gives focus back', async () => {
    const host = await mount();
    const s = screenOf(host);
    const button = await s.findByShadowRole('button', { name: 'Actions for Row 1' });
    button.focus();
    await press('ArrowDown');
    const menu = await s.findByShadowRole('menu', { name: 'Actions for Row 1' });
    expect(menu.matches(':popover-open')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(host.shadowRoot?.activeElement?.textContent?.trim()).to.equal('Pick');
    await press('End');
    expect(host.shadowRoot?.activeElement?.textContent?.trim()).to.equal('Remove');
    await press('Escape');
    await until(() => !menu.matches(':popover-open'), 'closed');
    expect(host.shadowRoot?.activeElement).to.equal(button);
    button.click();
    await until(() => menu.matches(':popover-open'), 'reopened');
    const unavailable = await s.findByShadowRole('menuitem', { name: 'Unavailable' });
    expect((unavailable as HTMLButtonElement).disabled).to.equal(true);
    (await s.findByShadowRole('menuitem', { name: 'Pick' })).click();
    expect(host.picked).to.deep.equal(['r1']);
    await until(() => !menu.matches(':popover-open'), 'closed after choosing');
    expect(host.shadowRoot?.activeElement).to.equal(button);
  });

  it('Confirm: asks in place with focus on the action; Cancel and Escape do nothing and give focus back; confirming runs it', async () => {
    const host = await mount();
    const s = screenOf(host);
    const choose = async () => {
      (await s.findByShadowRole('button', { name: 'Actions for Row 2' })).click();
      (await s.findByShadowRole('menuitem', { name: 'Remove' })).click();
      return s.findByShadowRole('alertdialog', { name: 'Remove Row 2?' });
    };
    await choose();
    await until(
      () => host.shadowRoot?.activeElement?.textContent?.trim() === 'Remove',
      'focus on Remove',
    );
    (await s.findByShadowRole('button', { name: 'Cancel' })).click();
    await until(
      () => host.shadowRoot?.activeElement?.getAttribute('data-index') === '2',
      'back on the row',
    );
    expect(s.queryByShadowRole('alertdialog')).to.equal(null);
    await choose();
    await press('Escape');
    await until(() => s.queryByShadowRole('alertdialog') === null, 'escaped');
    expect(host.picked).to.deep.equal([]);
    await choose();
    (await s.findByShadowRole('button', { name: 'Remove' })).click();
    expect(host.picked).to.deep.equal(['removed r2']);
  });

  it('VirtualList with a key: a row element follows its item when the list changes under it', async () => {
    const host = await fixture<TwoListsHost>(
      fixtureHtml`<test-two-lists-host></test-two-lists-host>`,
    );
    await host.updateComplete;
    const row = (label: string) =>
      [...(host.shadowRoot?.querySelectorAll<HTMLElement>('[role="row"]') ?? [])].find(
        (r) => r.textContent?.trim() === label,
      );
    const a3 = row('A 3');
    a3?.focus();
    host.lists = [host.lists[0]?.filter((i) => i.id !== 'a1') ?? [], host.lists[1] ?? []];
    host.requestUpdate();
    await host.updateComplete;
    expect(row('A 3')).to.equal(a3);
    expect(host.shadowRoot?.activeElement).to.equal(a3);
    expect(a3?.dataset.index).to.equal('2');
  });

  it('RowFocus within: each list moves focus among its own rows; ActionMenu: a button may say its text', async () => {
    const host = await fixture<TwoListsHost>(
      fixtureHtml`<test-two-lists-host></test-two-lists-host>`,
    );
    await host.updateComplete;
    const second = host.shadowRoot?.querySelector<HTMLElement>('.body[data-n="1"] [role="row"]');
    second?.focus();
    await press('ArrowDown');
    await press('ArrowDown');
    const active = host.shadowRoot?.activeElement;
    expect(active?.textContent?.trim()).to.equal('B 2');
    expect(host.rowFocus[0]?.index).to.equal(0);
    const s = screenOf(host);
    (await s.findByShadowRole('button', { name: 'Do…' })).click();
    (await s.findByShadowRole('menuitem', { name: 'Pick all' })).click();
    expect(host.picked).to.deep.equal(['all']);
  });

  it('VirtualList: measured once in view, lists render again only when rows come or go, all of a host at once', async () => {
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
    };
    const rows = (host: TwoListsHost, n: number) =>
      host.shadowRoot?.querySelectorAll(`.body[data-n="${n}"] [role="row"]`).length;
    // The default guess (448 px) is off: both lists shrink to 200 px of rows, in one update.
    const guessed = await fixture<TwoListsHost>(
      fixtureHtml`<test-two-lists-host></test-two-lists-host>`,
    );
    await until(() => rows(guessed, 0) === 8 && rows(guessed, 1) === 8, '5 rows in view + 3');
    await frames(3);
    expect(guessed.updates).to.equal(2);
    // A right guess: no update once measured.
    const right = new TwoListsHost();
    right.expected = 200;
    document.body.append(right);
    await right.updateComplete;
    await frames(3);
    expect([right.updates, rows(right, 0), rows(right, 1)]).to.deep.equal([1, 8, 8]);
    // Shorter, the same rows still in view: no update; taller, with more rows in view: one.
    const list = right.shadowRoot?.querySelector<HTMLElement>('.body[data-n="0"]');
    list?.style.setProperty('height', '190px');
    await frames(3);
    expect(right.updates).to.equal(1);
    list?.style.setProperty('height', '250px');
    await until(() => rows(right, 0) === 10, '7 rows in view (the last in part) + 3');
    expect([right.updates, rows(right, 1)]).to.deep.equal([2, 8]);
    right.remove();
  });

  it('SizeController: renders again when a width the host asked about is crossed, not on every resize', async () => {
    const host = new WidthHost();
    host.style.setProperty('display', 'block');
    host.style.setProperty('width', '800px');
    document.body.append(host);
    const shown = () => host.shadowRoot?.querySelector('p')?.textContent;
    const frames = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
    };
    await host.updateComplete;
    await frames(3);
    // Measured at 800 px: still wide, as first rendered, so no second render.
    expect([host.updates, shown()]).to.deep.equal([1, 'wide']);
    host.style.setProperty('width', '600px');
    await frames(3);
    expect([host.updates, shown()]).to.deep.equal([1, 'wide']);
    host.style.setProperty('width', '400px');
    await until(() => shown() === 'narrow', 'narrow below 500 px');
    expect(host.updates).to.equal(2);
    host.remove();
  });

  it('download: offers the text as a file with its name', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    const createObjectURL = URL.createObjectURL.bind(URL);
    const click = Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, 'click');
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), createObjectURL(blob));
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      download('a,b\r\n', 'rows.csv');
    } finally {
      URL.createObjectURL = createObjectURL;
      if (click) Object.defineProperty(HTMLAnchorElement.prototype, 'click', click);
    }
    expect(names).to.deep.equal(['rows.csv']);
    expect(blobs[0]?.type).to.equal('text/csv;charset=utf-8');
    expect(await blobs[0]?.text()).to.equal('a,b\r\n');
  });
});
