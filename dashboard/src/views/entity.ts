import { request } from "../api";
import type { App } from "../app";
import { h, highlighted, panel } from "../dom";
import { EntityQuery } from "../queries";
import { eventRow } from "./event-row";
import { backLink } from "./event";

/** One entity: who it is, whom it took part with, its events, its quotes and where articles name it. */
export function entityPage(app: App, id: string) {
  const main = panel("entity", "Entity");
  const partners = panel("partners", "Took part with");
  const events = panel("entity-events", "Events");
  const quotes = panel("entity-quotes", "Quotes");
  const mentions = panel("mentions", "Where articles name it");
  const root = h(
    "div",
    { class: "detail" },
    backLink(app),
    main.root,
    partners.root,
    events.root,
    quotes.root,
    mentions.root,
  );
  const controller = new AbortController();
  const all = [main, partners, events, quotes, mentions];

  request(EntityQuery, { id, around: { entityIds: [id] } }, controller.signal).then(
    (data) => {
      const entity = data.node?.__typename === "Entity" ? data.node : null;
      if (!entity) {
        for (const p of all) p.setState("empty", "");
        main.setState("empty", "There is no entity with this id (it may have been deleted).");
        return;
      }
      document.title = `${entity.name} · newsgraph`;
      main.heading.textContent = entity.name;
      const filtered = app.state.filters.entities.includes(entity.id);
      main.fill(
        h(
          "dl",
          { class: "facts" },
          h("dt", {}, "Type"),
          h(
            "dd",
            {},
            h("span", { class: `entity entity-${entity.type}` }, entity.type.toLowerCase()),
          ),
          entity.description
            ? [h("dt", {}, "Described as"), h("dd", {}, entity.description)]
            : null,
          h("dt", {}, "Also written"),
          h("dd", {}, entity.aliases.filter((a) => a !== entity.name).join(" · ") || "—"),
          h("dt", {}, "Mentions"),
          h("dd", {}, String(entity.mentionCount)),
        ),
        filtered
          ? null
          : app.link(
              {
                ...app.state,
                route: { page: "overview" },
                filters: {
                  ...app.state.filters,
                  entities: [...app.state.filters.entities, entity.id],
                },
                options: { ...app.state.options, bucket: null },
              },
              [`Show the dashboard for ${entity.name}`],
              { class: "button" },
            ),
      );
      main.setState("ready");

      const incident = data.entityNetwork.edges
        .map((e) =>
          e.source.id === entity.id
            ? { other: e.target, shared: e.sharedEvents }
            : e.target.id === entity.id
              ? { other: e.source, shared: e.sharedEvents }
              : null,
        )
        .filter((e) => e !== null)
        .sort((a, b) => b.shared - a.shared);
      partners.fill(
        h(
          "ul",
          { class: "inline-list partners" },
          incident.map(({ other, shared }) =>
            h(
              "li",
              {},
              app.entityLink(other.id, [other.name], { class: `entity entity-${other.type}` }),
              h("small", {}, ` ${shared} shared event${shared === 1 ? "" : "s"}`),
            ),
          ),
        ),
      );
      partners.setState(
        incident.length ? "ready" : "empty",
        incident.length ? "" : "No shared events with others.",
      );

      events.fill(
        h(
          "ol",
          { class: "event-list" },
          entity.events.edges.map((e) => eventRow(app, e.node)),
        ),
        more(entity.events.edges.length, entity.events.totalCount, "events"),
      );
      events.setState(
        entity.events.totalCount ? "ready" : "empty",
        entity.events.totalCount ? "" : "Takes part in no event.",
      );

      quotes.fill(
        h(
          "ol",
          { class: "evidence-list quotes" },
          entity.quotes.edges.map(({ node: quote }) =>
            h(
              "li",
              { class: "quote" },
              h(
                "p",
                { class: "source" },
                h("strong", {}, quote.evidence.article.source ?? "unknown source"),
                quote.evidence.article.publishedAt
                  ? ` · ${quote.evidence.article.publishedAt}`
                  : "",
                " · ",
                h("cite", {}, quote.evidence.article.title),
                quote.verb ? ` · ${quote.verb}` : "",
              ),
              highlighted(quote.evidence.sentence, quote.evidence.text),
              quote.events.length
                ? h(
                    "p",
                    { class: "about" },
                    "About: ",
                    quote.events.map((event, i) => [
                      i ? ", " : "",
                      app.eventLink(event.id, [event.summary]),
                    ]),
                  )
                : null,
            ),
          ),
        ),
        more(entity.quotes.edges.length, entity.quotes.totalCount, "quotes"),
      );
      quotes.setState(
        entity.quotes.totalCount ? "ready" : "empty",
        entity.quotes.totalCount ? "" : "No quotes attributed.",
      );

      mentions.fill(
        h(
          "ol",
          { class: "evidence-list" },
          entity.mentions.edges.map(({ node: mention }) =>
            h(
              "li",
              {},
              h(
                "p",
                { class: "source" },
                h("strong", {}, mention.evidence.article.source ?? "unknown source"),
                " · ",
                h("cite", {}, mention.evidence.article.title),
              ),
              highlighted(mention.evidence.sentence, mention.evidence.text),
            ),
          ),
        ),
        more(entity.mentions.edges.length, entity.mentions.totalCount, "mentions"),
      );
      mentions.setState(entity.mentions.totalCount ? "ready" : "empty");
    },
    (error: Error) => {
      if (controller.signal.aborted) return;
      main.setState("error", `Could not load the entity: ${error.message}`);
      for (const p of all.slice(1)) p.setState("error", "");
    },
  );
  return { root, dispose: () => controller.abort() };
}

function more(shown: number, total: number, what: string) {
  return total > shown ? h("p", { class: "note" }, `${shown} of ${total} ${what} shown.`) : null;
}
