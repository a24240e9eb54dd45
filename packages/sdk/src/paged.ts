// A paged list is awaitable (its first page) and async-iterable (every item, page after page).
export interface PageShape<T> {
  items: T[];
  nextCursor: string | null;
}

export class Paged<Page extends PageShape<unknown>> implements PromiseLike<Page> {
  readonly #fetchPage: (cursor: string | undefined) => Promise<Page>;
  #first: Promise<Page> | undefined;

  constructor(fetchPage: (cursor: string | undefined) => Promise<Page>) {
    this.#fetchPage = fetchPage;
  }

  #firstPage(): Promise<Page> {
    return (this.#first ??= this.#fetchPage(undefined));
  }

  then<A = Page, B = never>(
    onFulfilled?: ((page: Page) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  /** Every page in order, fetched as the loop asks for them. */
  async *pages(): AsyncGenerator<Page> {
    let page = await this.#firstPage();
    yield page;
    while (page.nextCursor) {
      page = await this.#fetchPage(page.nextCursor);
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Page['items'][number]> {
    for await (const page of this.pages()) yield* page.items as Page['items'][number][];
  }
}
