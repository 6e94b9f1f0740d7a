import { cameoColor, cameoLabel, cameoOrder } from "../cameo";
import type { CameoRoot, DashboardOverviewQuery } from "../gql/graphql";
import type { Chart } from "./echarts";

type Bucket = DashboardOverviewQuery["eventTimeline"][number];

/** Events per bucket as bars stacked by CAMEO root; `selected` is drawn in full, the rest dimmed. */
export function timelineOption(buckets: Bucket[], selected: string | null) {
  const types = [...new Set(buckets.flatMap((b) => b.byType.map((t) => t.type)))].sort(
    (a, b) => cameoOrder(a) - cameoOrder(b),
  );
  const categories = buckets.map((b) => b.bucket);
  return {
    aria: { enabled: true },
    animationDuration: 300,
    grid: { left: 36, right: 12, top: 40, bottom: 28, containLabel: false },
    legend: { type: "scroll" as const, top: 0, itemWidth: 12, itemHeight: 10 },
    tooltip: { trigger: "axis" as const, axisPointer: { type: "shadow" as const } },
    xAxis: { type: "category" as const, data: categories, axisTick: { alignWithLabel: true } },
    yAxis: { type: "value" as const, minInterval: 1 },
    series: types.map((type: CameoRoot) => ({
      name: cameoLabel(type),
      type: "bar" as const,
      stack: "events",
      barMaxWidth: 36,
      itemStyle: { color: cameoColor(type) },
      emphasis: { focus: "series" as const },
      data: buckets.map((b) => ({
        value: b.byType.find((t) => t.type === type)?.count ?? 0,
        itemStyle: { opacity: selected && b.bucket !== selected ? 0.35 : 1 },
      })),
    })),
  };
}

/** Calls `onBucket` with the bucket of a clicked bar. */
export function onTimelineClick(chart: Chart, onBucket: (bucket: string) => void) {
  chart.on("click", (params) => {
    if (typeof params.name === "string" && params.name) onBucket(params.name);
  });
  // A click anywhere in a bucket's column, not only on a thin stacked segment.
  chart.getZr().on("click", (event) => {
    if (event.target) return;
    const point = [event.offsetX, event.offsetY];
    if (!chart.containPixel("grid", point)) return;
    const [index] = chart.convertFromPixel("grid", point) as number[];
    const option = chart.getOption() as { xAxis?: { data?: string[] }[] };
    const bucket = option.xAxis?.[0]?.data?.[Math.round(index ?? -1)];
    if (bucket) onBucket(bucket);
  });
}
