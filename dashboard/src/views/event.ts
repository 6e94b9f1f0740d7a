import { request } from "../api";
import type { App } from "../app";
import { cameoColor } from "../cameo";
import { h, highlighted, panel } from "../dom";
import { EventQuery } from "../queries";
import { formatDate } from "./event-row";

/** One event: participants, place, date, reporting articles with outlets, quotes; each fact with its evidence. */
export function eventPage(app: App, id: string) {
  const main = panel("event", "Event");
  const reports = panel("reports", "Reported by");
  const quotes = panel("quotes", "What was said about it");
  const root = h("div", { class: "detail" }, backLink(app), main.root, reports.root, quotes.root);
  const controller = new AbortController();

  request(EventQuery, { id }, controller.signal).then(
    (data) => {
      const event = data.node?.__typename === "Event" ? data.node : null;
      if (!event) {
        for (const p of [main, reports, quotes]) p.setState("empty", "");
        main.setState("empty", "There is no event with this id (it may have been deleted).");
        return;
      }
      document.title = `${event.summary} · newsgraph`;
      main.heading.textContent = event.summary;
      const roles = ["ACTOR", "TARGET", "OTHER"] as const;
      main.fill(
        h(
          "dl",
          { class: "facts" },
          h("dt", {}, "Type"),
          h(
            "dd",
            {},
            h("span", { class: "cameo", style: `--cameo:${cameoColor(event.type)}` }, event.label),
          ),
          h("dt", {}, "Date"),
          h("dd", {}, formatDate(event.date, event.datePrecision)),
          h("dt", {}, "Place"),
          h(
            "dd",
            {},
            event.location
              ? app.entityLink(event.location.id, [event.location.name])
              : "not stated",
          ),
          roles.map((role) => {
            const people = event.participants.filter((p) => p.role === role);
            return people.length
              ? [
                  h(
                    "dt",
                    {},
                    role === "ACTOR" ? "Actor" : role === "TARGET" ? "Target" : "Also taking part",
                  ),
                  h(
                    "dd",
                    {},
                    h(
                      "ul",
                      { class: "inline-list" },
                      people.map((p) =>
                        h(
                          "li",
                          {},
                          app.entityLink(p.entity.id, [p.entity.name], {
                            class: `entity entity-${p.entity.type}`,
                          }),
                          p.entity.description ? h("small", {}, ` ${p.entity.description}`) : null,
                        ),
                      ),
                    ),
                  ),
                ]
              : null;
          }),
          h("dt", {}, "Trigger"),
          h("dd", {}, h("q", {}, event.trigger), ` (confidence ${event.confidence.toFixed(2)})`),
          h("dt", {}, "Reporting"),
          h(
            "dd",
            {},
            `${event.articleCount} article${event.articleCount === 1 ? "" : "s"} from ${event.sourceCount} source${event.sourceCount === 1 ? "" : "s"}`,
            event.firstReportedAt
              ? `, ${event.firstReportedAt} – ${event.lastReportedAt ?? ""}`
              : "",
          ),
        ),
      );
      main.setState("ready");

      reports.fill(
        h(
          "ol",
          { class: "evidence-list" },
          event.reports.map((report) => {
            const article = report.evidence.article;
            return h(
              "li",
              {},
              h(
                "p",
                { class: "source" },
                h("strong", {}, article.source ?? "unknown source"),
                article.publishedAt ? ` · ${article.publishedAt} · ` : " · ",
                article.url
                  ? h(
                      "a",
                      { href: article.url, rel: "noreferrer noopener", target: "_blank" },
                      article.title,
                    )
                  : h("cite", {}, article.title),
              ),
              highlighted(report.evidence.sentence, report.evidence.text),
            );
          }),
        ),
      );
      reports.setState(event.reports.length ? "ready" : "empty");

      const edges = event.quotes.edges;
      quotes.fill(
        h(
          "ol",
          { class: "evidence-list quotes" },
          edges.map(({ node: quote }) =>
            h(
              "li",
              { class: "quote" },
              h(
                "p",
                { class: "source" },
                quote.speaker
                  ? app.entityLink(quote.speaker.id, [quote.speaker.name], {
                      class: "entity entity-PERSON",
                    })
                  : h("span", {}, "Unattributed"),
                quote.verb ? ` ${quote.verb} · ` : " · ",
                h("strong", {}, quote.evidence.article.source ?? "unknown source"),
                ` · `,
                h("cite", {}, quote.evidence.article.title),
              ),
              highlighted(quote.evidence.sentence, quote.evidence.text),
            ),
          ),
        ),
        event.quotes.totalCount > edges.length
          ? h("p", { class: "note" }, `${edges.length} of ${event.quotes.totalCount} quotes shown.`)
          : null,
      );
      quotes.setState(
        edges.length ? "ready" : "empty",
        edges.length ? "" : "No quotes about this event.",
      );
    },
    (error: Error) => {
      if (controller.signal.aborted) return;
      main.setState("error", `Could not load the event: ${error.message}`);
      reports.setState("error", "");
      quotes.setState("error", "");
    },
  );
  return { root, dispose: () => controller.abort() };
}

export function backLink(app: App) {
  return h(
    "p",
    { class: "back" },
    app.link({ ...app.state, route: { page: "overview" } }, ["← Overview"]),
  );
}
