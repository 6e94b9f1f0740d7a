import { h, type Child } from "./dom";
import { readState, urlOf, type State } from "./state";

type Listener = (state: State, previous: State) => void;

/**
 * The dashboard's state lives in the URL: every change is a history entry
 * (or a replacement), so the back button and shared links restore a view.
 */
export class App {
  state: State;
  private listeners: Listener[] = [];

  constructor() {
    this.state = readState(window.location);
    window.addEventListener("popstate", () => this.set(readState(window.location)));
  }

  onChange(listener: Listener) {
    this.listeners.push(listener);
  }

  /** Moves to `next`, recording it in the URL. */
  go(next: State, { replace = false } = {}) {
    const url = urlOf(next);
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    this.set(next);
  }

  update(patch: (state: State) => State, options?: { replace?: boolean }) {
    this.go(patch(this.state), options);
  }

  /** An in-app link to `target`: a real href (open in a new tab works), history navigation on a plain click. */
  link(target: State, children: Child[], attrs: Record<string, string> = {}): HTMLAnchorElement {
    return h(
      "a",
      {
        ...attrs,
        href: urlOf(target),
        onclick: (event: Event) => {
          const mouse = event as MouseEvent;
          if (
            mouse.button !== 0 ||
            mouse.metaKey ||
            mouse.ctrlKey ||
            mouse.shiftKey ||
            mouse.altKey
          ) {
            return;
          }
          event.preventDefault();
          this.go(target);
          window.scrollTo({ top: 0 });
        },
      },
      ...children,
    );
  }

  eventLink(id: string, children: Child[], attrs?: Record<string, string>) {
    return this.link({ ...this.state, route: { page: "event", id } }, children, attrs);
  }

  entityLink(id: string, children: Child[], attrs?: Record<string, string>) {
    return this.link({ ...this.state, route: { page: "entity", id } }, children, attrs);
  }

  private set(next: State) {
    const previous = this.state;
    this.state = next;
    for (const listener of this.listeners) listener(next, previous);
  }
}
