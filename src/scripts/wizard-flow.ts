/**
 * <wizard-flow>: moves through the troubleshooting wizard without page loads.
 *
 * Every step is a static page and every answer, Back and Start over a plain
 * link (`a[data-step-link]`), so the wizard works without this script. With
 * it, a click on a step link shows that step in place (./wizard-nav.ts:
 * fetched, swapped, URL pushed, head and language picker updated, focus on
 * the new heading), and the browser's Back and Forward swap the same way.
 *
 * This element is all that loads with the page: it listens, and loads the
 * navigator on the reader's first intent (a step link hovered, focused or
 * clicked; Back or Forward), or at once where the step needs it (the paste
 * box, values in the URL). A click or a paste submitted before the
 * navigator is in waits for it;
 * if it cannot load, the link is followed as a normal page load. State lives
 * in `data-state` (`idle`, `loading`); strings come from `data-*` attributes
 * rendered at build time.
 */
import type { WizardNavigator } from './wizard-nav';

/** The step link an event happened on, if any. */
function stepLink(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-step-link]') : null;
}

class WizardFlow extends HTMLElement {
  #nav: Promise<WizardNavigator> | undefined;
  /** The query the page was loaded with: the navigator reads a link's values from it, whenever it loads. */
  #search = '';

  connectedCallback(): void {
    this.#search = location.search;
    this.dataset.state = 'idle';
    history.replaceState({ ...(history.state as object | null), wizard: true }, '', location.href);
    // Steps replace each other in place: focus, not the browser, decides where the view goes.
    history.scrollRestoration = 'manual';
    this.addEventListener('click', this);
    this.addEventListener('pointerover', this);
    this.addEventListener('focusin', this);
    this.addEventListener('submit', this);
    window.addEventListener('popstate', this);
    const step = this.querySelector<HTMLElement>('[data-wizard-step]');
    if (step && (this.#search !== '' || step.querySelector('form[data-paste]')))
      void this.#navigator()
        .then((nav) => nav.prepare(step))
        .catch(() => undefined);
  }

  /** The navigator, loaded once; a failed load is tried again on the next intent. */
  #navigator(): Promise<WizardNavigator> {
    this.#nav ??= import('./wizard-nav')
      .then(({ WizardNavigator }) => new WizardNavigator(this, this.#search))
      .catch((error: unknown) => {
        this.#nav = undefined;
        throw error;
      });
    return this.#nav;
  }

  handleEvent(event: Event): void {
    if (event.type === 'submit') {
      // The paste box shows at once; a submit before its module has wired it waits for it
      // (./wizard-nav.ts submits again once wired) instead of reloading the start step.
      const form = event.target;
      if (!event.defaultPrevented && form instanceof HTMLFormElement && form.matches('form[data-paste]')) {
        event.preventDefault();
        form.dataset['pending'] = '';
      }
      return;
    }
    if (event.type === 'popstate') {
      if (!this.#inWizard(location)) location.reload();
      else
        this.#navigator()
          .then((nav) => nav.restore())
          .catch(() => location.reload());
      return;
    }
    const link = stepLink(event.target);
    if (link === null) return;
    const url = new URL(link.href);
    if (!this.#inWizard(url)) return;
    if (event.type !== 'click') {
      this.#navigator()
        .then((nav) => nav.prefetch(url))
        .catch(() => undefined);
      return;
    }
    const click = event as MouseEvent;
    if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return;
    click.preventDefault();
    this.#navigator()
      .then((nav) => nav.follow(link, url))
      .catch(() => location.assign(url.href));
  }

  /** A URL of this locale's wizard (whether the step exists is the server's answer). */
  #inWizard(url: URL | Location): boolean {
    // The locale's wizard path comes from the page (data-base), so this element needs no URL module on load.
    const base = this.dataset['base'];
    return base !== undefined && url.origin === location.origin && url.pathname.startsWith(base);
  }
}

customElements.define('wizard-flow', WizardFlow);
