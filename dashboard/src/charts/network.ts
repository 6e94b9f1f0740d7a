import type { DashboardOverviewQuery, EntityType } from "../gql/graphql";
import type { Chart } from "./echarts";

type Network = DashboardOverviewQuery["entityNetwork"];

const TYPE_COLORS: Record<EntityType, string> = {
  PERSON: "#3b6fb6",
  ORGANIZATION: "#c3662b",
  LOCATION: "#4a9460",
};
const CATEGORIES: EntityType[] = ["PERSON", "ORGANIZATION", "LOCATION"];

/**
 * Who took part in events together, laid out by force: node size = events,
 * edge width = shared events. Entities without a partner are left out.
 */
export function networkOption(network: Network) {
  const linked = new Set(network.edges.flatMap((e) => [e.source.id, e.target.id]));
  const nodes = network.nodes.filter((n) => linked.has(n.entity.id));
  const maxWeight = Math.max(1, ...nodes.map((n) => n.weight));
  const maxShared = Math.max(1, ...network.edges.map((e) => e.sharedEvents));
  const present = CATEGORIES.filter((type) => nodes.some((n) => n.entity.type === type));
  return {
    aria: { enabled: true },
    tooltip: {},
    legend: { data: present.map(label), top: 0 },
    animationDurationUpdate: 300,
    series: [
      {
        type: "graph" as const,
        layout: "force" as const,
        roam: true,
        draggable: true,
        top: 40,
        categories: present.map((type) => ({
          name: label(type),
          itemStyle: { color: TYPE_COLORS[type] },
        })),
        label: { show: true, position: "right" as const, fontSize: 11 },
        labelLayout: { hideOverlap: true },
        force: { repulsion: 220, edgeLength: [40, 140], gravity: 0.08 },
        emphasis: { focus: "adjacency" as const, lineStyle: { width: 6 } },
        data: nodes.map((n) => ({
          id: n.entity.id,
          name: n.entity.name,
          value: n.weight,
          category: present.indexOf(n.entity.type),
          symbolSize: 10 + 26 * Math.sqrt(n.weight / maxWeight),
        })),
        links: network.edges.map((e) => ({
          source: e.source.id,
          target: e.target.id,
          value: e.sharedEvents,
          lineStyle: {
            width: 1 + 7 * (e.sharedEvents / maxShared),
            opacity: 0.55,
            color: "#7a8593",
            curveness: 0.1,
          },
        })),
      },
    ],
  };
}

/** Calls `onEntity` with the id of a clicked node. */
export function onNetworkClick(chart: Chart, onEntity: (id: string) => void) {
  chart.on("click", (params) => {
    const data = params.data as { id?: string } | undefined;
    if (params.dataType === "node" && data?.id) onEntity(data.id);
  });
}

function label(type: EntityType): string {
  return type === "PERSON" ? "People" : type === "ORGANIZATION" ? "Organizations" : "Places";
}
