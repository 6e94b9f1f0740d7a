// Only the ECharts parts the dashboard draws, so the bundle carries nothing else.
import { BarChart, GraphChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  GraphChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type Chart = echarts.ECharts;

/** A chart in `container` that follows the container's size. */
export function createChart(container: HTMLElement): Chart {
  const chart = echarts.init(container, undefined, { renderer: "canvas" });
  new ResizeObserver(() => chart.resize()).observe(container);
  return chart;
}

export { echarts };
