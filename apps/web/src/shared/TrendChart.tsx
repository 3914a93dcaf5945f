/**
 * Values against the target path: the observed values, the target (a band for ranges), and a dashed
 * projection to the target year. ECharts is imported modularly (line chart, grid, tooltip, mark area) and
 * this component is loaded lazily, so pages without a chart do not pay for it.
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  MarkAreaComponent,
  MarkLineComponent,
  LegendComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  GridComponent,
  TooltipComponent,
  MarkAreaComponent,
  MarkLineComponent,
  LegendComponent,
  CanvasRenderer,
]);

export interface TrendChartProps {
  values: { year: number; value: number }[];
  targetYear: number;
  target?: { lo?: number; hi?: number; value?: number };
  projected?: number | null;
  labels: { values: string; projection: string; target: string };
}

export default function TrendChart({ values, targetYear, target, projected, labels }: TrendChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    const years = Array.from(new Set([...values.map((v) => v.year), targetYear])).sort((a, b) => a - b);
    const last = values[values.length - 1];
    const lo = target?.lo ?? target?.value;
    const hi = target?.hi ?? target?.value;
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 32, bottom: 32 },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', scale: true },
      series: [
        {
          name: labels.values,
          type: 'line',
          data: years.map((y) => values.find((v) => v.year === y)?.value ?? null),
          connectNulls: true,
          markArea:
            lo !== undefined && hi !== undefined && lo !== hi
              ? { itemStyle: { color: 'rgba(26,127,55,0.12)' }, data: [[{ yAxis: lo }, { yAxis: hi }]] }
              : undefined,
          markLine:
            lo !== undefined && lo === hi
              ? {
                  symbol: 'none',
                  lineStyle: { color: '#1a7f37' },
                  label: { formatter: labels.target },
                  data: [{ yAxis: lo }],
                }
              : undefined,
        },
        {
          name: labels.projection,
          type: 'line',
          lineStyle: { type: 'dashed' },
          data: years.map((y) =>
            last && y === last.year
              ? last.value
              : y === targetYear && projected !== null && projected !== undefined
                ? projected
                : null,
          ),
          connectNulls: true,
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [values, targetYear, target, projected, labels]);
  return <div ref={ref} role="img" aria-label={labels.values} style={{ width: '100%', height: 280 }} />;
}
