/** Bars of indicators per status (green/yellow/red/grey); loaded lazily with the modular ECharts build. */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export default function StatusChart({
  data,
  label,
}: {
  data: { label: string; value: number; color: string }[];
  /** What the chart shows, for screen readers. */
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current);
    chart.setOption({
      animation: false,
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      tooltip: {},
      xAxis: { type: 'category', data: data.map((d) => d.label) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: data.map((d) => ({ value: d.value, itemStyle: { color: d.color } })) }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data]);
  return (
    <div
      ref={ref}
      data-testid="status-chart"
      role="img"
      aria-label={label}
      style={{ width: '100%', height: 220 }}
    />
  );
}
