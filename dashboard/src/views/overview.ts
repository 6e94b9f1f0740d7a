import { request } from "../api";
import type { App } from "../app";
import { cameoLabel, isCameoRoot } from "../cameo";
import { breakdownOption, onBarClick, topEntitiesOption } from "../charts/bars";
import { createChart, type Chart } from "../charts/echarts";
import { networkOption, onNetworkClick } from "../charts/network";
import { onTimelineClick, timelineOption } from "../charts/timeline";
import { dataTable, h, panel, replace, type Panel } from "../dom";
import type { DashboardOverviewQuery, EventRowFragment, TimeInterval } from "../gql/graphql";
import { EventsQuery, OverviewQuery } from "../queries";
import {
  describeBucket,
  entityTypeOf,
  eventFilter,
  listFilter,
  type State,
  type Who,
} from "../state";
import { eventRow } from "./event-row";

const PAGE = 25;

/** Charts the browser tests and the benchmark reach through `window.newsgraphDashboard`. */
export const charts: Record<string, Chart> = {};

/** The overview: timeline, who met whom, top entities, CAMEO breakdown and the event list. */
export function overview(app: App) {
  const intervalSelect = h(
    "select",
    { id: "interval", "aria-label": "Timeline interval" },
    (["DAY", "WEEK", "MONTH"] as TimeInterval[]).map((value) =>
      h(
        "option",
        { value },
        value === "DAY" ? "per day" : value === "WEEK" ? "per week" : "per month",
      ),
    ),
  );
  intervalSelect.addEventListener("change", () =>
    app.update((s) => ({
      ...s,
      options: { ...s.options, interval: intervalSelect.value as TimeInterval, bucket: null },
    })),
  );
  const whoSelect = h(
    "select",
    { id: "who", "aria-label": "Whose network and ranking" },
    h("option", { value: "PERSON" }, "people"),
    h("option", { value: "ORGANIZATION" }, "organizations"),
    h("option", { value: "ALL" }, "all entities"),
  );
  whoSelect.addEventListener("change", () =>
    app.update((s) => ({ ...s, options: { ...s.options, who: whoSelect.value as Who } })),
  );

  const timeline = panel("timeline", "Events over time", [intervalSelect]);
  const network = panel("network", "Who met whom", [whoSelect]);
  const top = panel("top", "Top entities");
  const breakdown = panel("breakdown", "Event types (CAMEO)");
  const list = panel("events", "Events");
  for (const p of [timeline, network, top, breakdown]) p.body.classList.add("chart-area");

  const chartBox = (p: Panel) => {
    const box = h("div", { class: "chart" });
    p.body.append(box);
    return box;
  };
  const timelineChart = createChart(chartBox(timeline));
  const networkChart = createChart(chartBox(network));
  const topChart = createChart(chartBox(top));
  const breakdownChart = createChart(chartBox(breakdown));
  Object.assign(charts, {
    timeline: timelineChart,
    network: networkChart,
    top: topChart,
    breakdown: breakdownChart,
  });
  const tables = {
    timeline: h("div"),
    network: h("div"),
    top: h("div"),
    breakdown: h("div"),
  };
  timeline.root.append(tables.timeline);
  network.root.append(tables.network);
  top.root.append(tables.top);
  breakdown.root.append(tables.breakdown);

  const selectBucket = (bucket: string | null) =>
    app.update((s) => ({ ...s, options: { ...s.options, bucket } }));
  onTimelineClick(timelineChart, (bucket) => {
    selectBucket(bucket);
    list.root.scrollIntoView({ behavior: "smooth", block: "start" });
  });
  onNetworkClick(networkChart, (id) => app.go({ ...app.state, route: { page: "entity", id } }));
  onBarClick(topChart, "id", (id) => app.go({ ...app.state, route: { page: "entity", id } }));
  onBarClick(breakdownChart, "type", (type) => {
    if (!isCameoRoot(type)) return;
    app.update((s) => ({
      ...s,
      filters: {
        ...s.filters,
        types: s.filters.types.length === 1 && s.filters.types[0] === type ? [] : [type],
      },
      options: { ...s.options, bucket: null },
    }));
  });

  let firstChart = true;
  timelineChart.on("finished", () => {
    if (!firstChart || timeline.root.dataset.state === "loading") return;
    firstChart = false;
    performance.mark("newsgraph:first-chart");
  });

  const items = h("ol", { class: "event-list" });
  const more = h("button", { type: "button", class: "more", hidden: true }, "More events");
  const listHeading = h("div", { class: "list-heading" });
  list.body.append(listHeading, items, more);
  let cursor: string | null = null;
  let total = 0;
  let overviewRequest: AbortController | null = null;
  let listRequest: AbortController | null = null;
  let lastOverview: DashboardOverviewQuery | null = null;

  const loadOverview = async (state: State) => {
    overviewRequest?.abort();
    const controller = new AbortController();
    overviewRequest = controller;
    for (const p of [timeline, network, top, breakdown]) p.setState("loading");
    try {
      const data = await request(
        OverviewQuery,
        {
          filter: eventFilter(state.filters),
          interval: state.options.interval,
          entityType: entityTypeOf(state.options.who),
        },
        controller.signal,
      );
      lastOverview = data;
      drawOverview(data, state);
    } catch (error) {
      if (controller.signal.aborted) return;
      for (const p of [timeline, network, top, breakdown]) {
        p.setState("error", `Could not load: ${(error as Error).message}`);
      }
    }
  };

  const drawOverview = (data: DashboardOverviewQuery, state: State) => {
    const { bucket, interval } = state.options;
    timelineChart.setOption(timelineOption(data.eventTimeline, bucket), { notMerge: true });
    timeline.setState(
      data.eventTimeline.length ? "ready" : "empty",
      data.eventTimeline.length ? "" : "No dated events match these filters.",
    );
    replace(
      tables.timeline,
      dataTable(
        "Timeline as a table",
        ["Bucket", "Events", "Types"],
        data.eventTimeline.map((b) => [
          h(
            "button",
            {
              type: "button",
              class: "link",
              "aria-pressed": String(b.bucket === bucket),
              onclick: () => selectBucket(b.bucket),
            },
            describeBucket(b.bucket, interval),
          ),
          b.total,
          b.byType.map((t) => `${cameoLabel(t.type)} ${t.count}`).join(", "),
        ]),
      ),
    );

    const linked = data.entityNetwork.edges.length;
    networkChart.setOption(networkOption(data.entityNetwork), { notMerge: true });
    network.setState(
      linked ? "ready" : "empty",
      linked ? "" : "No two entities take part in the same event under these filters.",
    );
    const nameOf = new Map(data.entityNetwork.nodes.map((n) => [n.entity.id, n.entity.name]));
    replace(
      tables.network,
      dataTable(
        "Network as a table",
        ["Entity", "With", "Shared events"],
        data.entityNetwork.edges.map((e) => [
          app.entityLink(e.source.id, [nameOf.get(e.source.id) ?? e.source.id]),
          app.entityLink(e.target.id, [nameOf.get(e.target.id) ?? e.target.id]),
          e.sharedEvents,
        ]),
      ),
    );

    topChart.setOption(topEntitiesOption(data.topEntities), { notMerge: true });
    top.setState(data.topEntities.length ? "ready" : "empty");
    replace(
      tables.top,
      dataTable(
        "Top entities as a table",
        ["Entity", "Events", "Quotes"],
        data.topEntities.map((t) => [
          app.entityLink(t.entity.id, [t.entity.name]),
          t.eventCount,
          t.quoteCount,
        ]),
      ),
    );

    breakdownChart.setOption(breakdownOption(data.eventTypeBreakdown), { notMerge: true });
    breakdown.setState(data.eventTypeBreakdown.length ? "ready" : "empty");
    replace(
      tables.breakdown,
      dataTable(
        "Event types as a table",
        ["Type", "Events"],
        data.eventTypeBreakdown.map((t) => [t.label, t.count]),
      ),
    );
  };

  const loadList = async (state: State, append = false) => {
    listRequest?.abort();
    const controller = new AbortController();
    listRequest = controller;
    if (!append) {
      list.setState("loading");
      cursor = null;
    }
    more.disabled = true;
    try {
      const data = await request(
        EventsQuery,
        {
          filter: listFilter(state.filters, state.options),
          first: PAGE,
          after: append ? cursor : null,
        },
        controller.signal,
      );
      const rows = data.events.edges.map((e) => eventRow(app, e.node));
      if (append) items.append(...rows);
      else replace(items, rows);
      cursor = data.events.pageInfo.endCursor ?? null;
      total = data.events.totalCount;
      more.hidden = !data.events.pageInfo.hasNextPage;
      more.disabled = false;
      list.setState(total ? "ready" : "empty", total ? "" : "No events match these filters.");
      showListHeading(state);
    } catch (error) {
      if (controller.signal.aborted) return;
      list.setState("error", `Could not load events: ${(error as Error).message}`);
      more.disabled = false;
    }
  };
  more.addEventListener("click", () => loadList(app.state, true));

  const showListHeading = (state: State) => {
    const { bucket, interval } = state.options;
    replace(
      listHeading,
      h(
        "span",
        { class: "count", "data-total": String(total) },
        `${total} event${total === 1 ? "" : "s"}`,
      ),
      bucket
        ? [
            ` on ${describeBucket(bucket, interval)} `,
            h(
              "button",
              { type: "button", class: "link", onclick: () => selectBucket(null) },
              "show all",
            ),
          ]
        : " matching the filters, newest first",
    );
  };

  /** A live event: shown at the top of the list if it belongs there, and the charts refreshed. */
  let refresh: ReturnType<typeof setTimeout> | undefined;
  const onLive = (event: EventRowFragment) => {
    const { bucket, interval } = app.state.options;
    const inBucket =
      !bucket ||
      (event.date !== null &&
        event.date !== undefined &&
        event.date >= bucket &&
        event.date <= listFilter(app.state.filters, { ...app.state.options, interval }).to!);
    if (inBucket) {
      items.querySelector(`[data-event-id="${CSS.escape(event.id)}"]`)?.remove();
      items.prepend(eventRow(app, event, { fresh: true }));
      total += 1;
      list.setState("ready");
      showListHeading(app.state);
    }
    clearTimeout(refresh);
    refresh = setTimeout(() => void loadOverview(app.state), 600);
  };

  const root = h(
    "div",
    { class: "overview" },
    timeline.root,
    network.root,
    top.root,
    breakdown.root,
    list.root,
  );

  const update = (state: State, previous: State | null) => {
    intervalSelect.value = state.options.interval;
    whoSelect.value = state.options.who;
    const sameFilters =
      previous &&
      previous.route.page === "overview" &&
      JSON.stringify(previous.filters) === JSON.stringify(state.filters) &&
      previous.options.interval === state.options.interval &&
      previous.options.who === state.options.who;
    if (!sameFilters) void loadOverview(state);
    else if (lastOverview && previous.options.bucket !== state.options.bucket) {
      timelineChart.setOption(timelineOption(lastOverview.eventTimeline, state.options.bucket), {
        notMerge: true,
      });
    }
    if (!sameFilters || previous.options.bucket !== state.options.bucket) void loadList(state);
  };

  const dispose = () => {
    overviewRequest?.abort();
    listRequest?.abort();
    clearTimeout(refresh);
    for (const chart of [timelineChart, networkChart, topChart, breakdownChart]) chart.dispose();
    for (const key of Object.keys(charts)) delete charts[key];
  };

  return { root, update, onLive, dispose };
}
