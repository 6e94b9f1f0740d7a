import { cameoColor } from "../cameo";
import type { DashboardOverviewQuery } from "../gql/graphql";
import type { Chart } from "./echarts";

type Top = DashboardOverviewQuery["topEntities"];
type Breakdown = DashboardOverviewQuery["eventTypeBreakdown"];

/** The busiest entities: events and quotes side by side, busiest on top. */
export function topEntitiesOption(top: Top) {
  const rows = [...top].reverse();
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: "axis" as const, axisPointer: { type: "shadow" as const } },
    xAxis: { type: "value" as const, minInterval: 1 },
    yAxis: {
      type: "category" as const,
      data: rows.map((r) => r.entity.name),
      axisLabel: { width: 130, overflow: "truncate" as const },
    },
    series: [
      {
        name: "Events",
        type: "bar" as const,
        itemStyle: { color: "#3b6fb6" },
        data: rows.map((r) => ({ value: r.eventCount, id: r.entity.id })),
      },
      {
        name: "Quotes",
        type: "bar" as const,
        itemStyle: { color: "#d08c2e" },
        data: rows.map((r) => ({ value: r.quoteCount, id: r.entity.id })),
      },
    ],
  };
}

/** Events per CAMEO root, most frequent on top. */
export function breakdownOption(breakdown: Breakdown) {
  const rows = [...breakdown].reverse();
  return {
    aria: { enabled: true },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: "item" as const },
    xAxis: { type: "value" as const, minInterval: 1 },
    yAxis: {
      type: "category" as const,
      data: rows.map((r) => r.label),
      axisLabel: { width: 170, overflow: "truncate" as const },
    },
    series: [
      {
        name: "Events",
        type: "bar" as const,
        label: { show: true, position: "right" as const },
        data: rows.map((r) => ({
          value: r.count,
          type: r.type,
          itemStyle: { color: cameoColor(r.type) },
        })),
      },
    ],
  };
}

/** Calls `onPick` with the `key` field of a clicked bar's data item. */
export function onBarClick(chart: Chart, key: "id" | "type", onPick: (value: string) => void) {
  chart.on("click", (params) => {
    const value = (params.data as Record<string, unknown> | undefined)?.[key];
    if (typeof value === "string") onPick(value);
  });
}
