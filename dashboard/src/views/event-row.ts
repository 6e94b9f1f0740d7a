import type { App } from "../app";
import { cameoColor } from "../cameo";
import { h } from "../dom";
import type { EventRowFragment } from "../gql/graphql";

/** One event in a list: type, date, summary, place, who, how widely reported. */
export function eventRow(app: App, event: EventRowFragment, { fresh = false } = {}): HTMLElement {
  const people = event.participants.map((p) =>
    app.entityLink(p.entity.id, [p.entity.name], { class: `entity entity-${p.entity.type}` }),
  );
  return h(
    "li",
    { class: fresh ? "event-row fresh" : "event-row", "data-event-id": event.id },
    h(
      "span",
      { class: "cameo", style: `--cameo:${cameoColor(event.type)}`, title: event.label },
      event.label,
    ),
    h("span", { class: "date" }, formatDate(event.date, event.datePrecision)),
    h(
      "div",
      { class: "event-main" },
      app.eventLink(event.id, [event.summary], { class: "event-summary" }),
      h(
        "div",
        { class: "event-meta" },
        event.location
          ? ["in ", app.entityLink(event.location.id, [event.location.name]), " · "]
          : null,
        people.length ? [joinNodes(people), " · "] : null,
        `${event.articleCount} article${event.articleCount === 1 ? "" : "s"}, ${event.sourceCount} source${event.sourceCount === 1 ? "" : "s"}`,
      ),
    ),
  );
}

export function formatDate(date: string | null | undefined, precision?: string | null): string {
  if (!date) return "undated";
  if (precision === "YEAR") return date.slice(0, 4);
  if (precision === "MONTH") return date.slice(0, 7);
  return date;
}

export function joinNodes(nodes: Node[]): (Node | string)[] {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : [", ", node]));
}
