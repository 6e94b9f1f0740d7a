import "./styles.css";
import { subscribe, type LiveStatus } from "./api";
import { App } from "./app";
import { h, replace } from "./dom";
import { LiveEvents } from "./queries";
import { eventFilter, type State } from "./state";
import { entityPage } from "./views/entity";
import { eventPage } from "./views/event";
import { filterBar } from "./views/filters";
import { charts, overview } from "./views/overview";

declare global {
  interface Window {
    /** For the browser tests and the benchmark: the live ECharts instances and counters. */
    newsgraphDashboard?: { charts: typeof charts; liveEvents: number };
  }
}

const app = new App();
const hooks = { charts, liveEvents: 0 };
window.newsgraphDashboard = hooks;

const liveBadge = h("span", { class: "live live-connecting", role: "status" }, "connecting…");
const toasts = h("div", { class: "toasts", "aria-live": "polite" });
const filters = filterBar(app);
const main = h("main", { id: "main", tabindex: "-1" });
const shell = h(
  "div",
  { class: "shell" },
  h(
    "header",
    { class: "top" },
    h(
      "div",
      { class: "brand" },
      app.link({ ...app.state, route: { page: "overview" } }, [h("strong", {}, "newsgraph")]),
      h("span", { class: "tagline" }, "events, entities and quotes from the news"),
    ),
    h("nav", { "aria-label": "Elsewhere" }, h("a", { href: "/graphql" }, "GraphiQL"), liveBadge),
  ),
  filters.root,
  main,
  toasts,
);
replace(document.getElementById("app")!, shell);

type Page = { root: HTMLElement; dispose(): void };
let page:
  | (Page & {
      update?: (s: State, p: State | null) => void;
      onLive?: ReturnType<typeof overview>["onLive"];
    })
  | null = null;
let pageKey = "";

function render(state: State, previous: State | null) {
  filters.sync(state);
  const key =
    state.route.page === "overview" || state.route.page === "missing"
      ? state.route.page
      : `${state.route.page}:${state.route.id}`;
  if (key !== pageKey || !page) {
    page?.dispose();
    pageKey = key;
    document.title = "newsgraph dashboard";
    if (state.route.page === "overview") page = overview(app);
    else if (state.route.page === "event") page = eventPage(app, state.route.id);
    else if (state.route.page === "entity") page = entityPage(app, state.route.id);
    else {
      page = {
        root: h(
          "section",
          { class: "panel", "data-state": "empty" },
          h("h2", {}, "No such page"),
          h("p", {}, app.link({ ...state, route: { page: "overview" } }, ["Go to the overview"])),
        ),
        dispose() {},
      };
    }
    replace(main, page.root);
    if (previous) main.focus({ preventScroll: true });
    page.update?.(state, null);
  } else {
    page.update?.(state, previous);
  }
  resubscribe(state);
}

// Live updates: one subscription for the current filters, replaced when they change.
let liveKey = "";
let unsubscribe: (() => void) | null = null;
function resubscribe(state: State) {
  const filter = eventFilter(state.filters);
  const key = JSON.stringify(filter);
  if (key === liveKey) return;
  liveKey = key;
  unsubscribe?.();
  unsubscribe = subscribe(
    LiveEvents,
    { filter },
    {
      next(data) {
        hooks.liveEvents += 1;
        const event = data.eventRecorded;
        page?.onLive?.(event);
        const toast = h(
          "div",
          { class: "toast" },
          h("span", { class: "live-dot", "aria-hidden": "true" }),
          "New event: ",
          app.eventLink(event.id, [`${event.label} — ${event.summary}`]),
        );
        toasts.prepend(toast);
        setTimeout(() => toast.remove(), 10_000);
      },
      error(error) {
        const toast = h("div", { class: "toast toast-error", role: "alert" }, error.message);
        toasts.prepend(toast);
        setTimeout(() => toast.remove(), 10_000);
      },
      status(status: LiveStatus) {
        liveBadge.className = `live live-${status}`;
        liveBadge.textContent =
          status === "live" ? "live" : status === "connecting" ? "connecting…" : "offline";
        liveBadge.title =
          status === "live"
            ? "New events appear as articles are ingested"
            : "Live updates are not connected";
      },
    },
  );
}

app.onChange((state, previous) => render(state, previous));
render(app.state, null);
