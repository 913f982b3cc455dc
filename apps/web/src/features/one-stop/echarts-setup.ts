import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

/**
 * ECharts with only what the statistics use (bar chart, grid, tooltip, legend, canvas), so that
 * the page's chunk stays small. Tests replace this module (jsdom has no canvas).
 */
use([BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

export interface Chart {
  setOption: (option: ChartOption) => void;
  resize: () => void;
  dispose: () => void;
}

export function createChart(element: HTMLElement): Chart {
  return init(element, undefined, { renderer: 'canvas' });
}
