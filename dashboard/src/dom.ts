/** Something `h` can append: nodes, text, nothing, or lists of these. */
export type Child = Node | string | number | null | undefined | false | Child[];

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates an element: `on*` attributes become listeners, `true` sets a bare
 * attribute, `false`/null/undefined leave it out. Text is never parsed as HTML.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === "function") {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, "");
    } else if (value !== false && value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (child !== null && child !== undefined && child !== false) {
      parent.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's children. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * The evidence sentence with the supporting span marked. The span is the
 * evidence's own text; when the sentence does not contain it verbatim (a span
 * across a sentence break) the span is shown after the sentence.
 */
export function highlighted(sentence: string, span: string): HTMLElement {
  const at = span ? sentence.indexOf(span) : -1;
  if (at < 0) {
    return h("q", { class: "evidence" }, sentence, " ", h("mark", {}, span));
  }
  return h(
    "q",
    { class: "evidence" },
    sentence.slice(0, at),
    h("mark", {}, span),
    sentence.slice(at + span.length),
  );
}

/** A panel's visible state; tests and assistive technology read `data-state` and `aria-busy`. */
export type PanelState = "loading" | "ready" | "empty" | "error";

export interface Panel {
  root: HTMLElement;
  body: HTMLElement;
  status: HTMLElement;
  heading: HTMLElement;
  /** Appends content to the body. */
  fill(...children: Child[]): void;
  setState(state: PanelState, message?: string): void;
}

/** A titled section with a status line for loading, empty and error states. */
export function panel(id: string, title: string, extra: Child[] = []): Panel {
  const heading = h("h2", { id: `${id}-title` }, title);
  const status = h("p", { class: "status", role: "status" });
  const body = h("div", { class: "panel-body" });
  const root = h(
    "section",
    { class: `panel panel-${id}`, id, "aria-labelledby": `${id}-title`, "data-state": "loading" },
    h("header", { class: "panel-head" }, heading, ...extra),
    status,
    body,
  );
  const setState = (state: PanelState, message = "") => {
    root.dataset.state = state;
    root.setAttribute("aria-busy", String(state === "loading"));
    status.className = `status status-${state}`;
    status.textContent =
      message || (state === "loading" ? "Loading…" : state === "empty" ? "Nothing matches." : "");
  };
  setState("loading");
  return { root, body, status, heading, setState, fill: (...children) => append(body, children) };
}

/** A table behind a disclosure: the keyboard and screen-reader route to what a chart shows. */
export function dataTable(summary: string, headers: string[], rows: Child[][]): HTMLElement {
  return h(
    "details",
    { class: "data-table" },
    h("summary", {}, summary),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            headers.map((name) => h("th", { scope: "col" }, name)),
          ),
        ),
        h(
          "tbody",
          {},
          rows.map((cells) =>
            h(
              "tr",
              {},
              cells.map((cell) => h("td", {}, cell)),
            ),
          ),
        ),
      ),
    ),
  );
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
