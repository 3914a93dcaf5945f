/** zh-CN first, English second; the choice is remembered in localStorage. */
const zh = {
  appName: '纲目',
  portalTitle: '规划实施公开',
  plans: '规划',
  indicators: '主要指标',
  projects: '重大项目',
  outline: '规划纲目',
  status: '状态',
  target: '目标',
  latest: '最新',
  reason: '说明',
  downloads: '开放数据下载',
  opinion: '意见建议',
  opinionHint: '您的意见经审核后公开显示。',
  name: '称呼（可选）',
  contact: '联系方式（可选，不公开）',
  content: '意见内容',
  submit: '提交',
  submitted: '已提交，审核后显示。',
  approvedOpinions: '已公开的意见',
  back: '返回',
  language: 'English',
  summary: '实施进展',
  required: '今后每年需',
  projection: '按当前进度预计',
  values: '历年数值',
  year: '年份',
  value: '数值',
  noValues: '尚无数据',
  share: '分享链接',
  loading: '加载中…',
  error: '出错了',
  notFound: '页面不存在',
  backHome: '返回首页',
} as const;

const en: Record<keyof typeof zh, string> = {
  appName: 'Gangmu',
  portalTitle: 'Plan progress, in public',
  plans: 'Plans',
  indicators: 'Main indicators',
  projects: 'Major projects',
  outline: 'Outline',
  status: 'Status',
  target: 'Target',
  latest: 'Latest',
  reason: 'Why',
  downloads: 'Open data',
  opinion: 'Your opinion',
  opinionHint: 'Opinions are shown after moderation.',
  name: 'Name (optional)',
  contact: 'Contact (optional, not shown)',
  content: 'Opinion',
  submit: 'Submit',
  submitted: 'Thank you: it will be shown after moderation.',
  approvedOpinions: 'Published opinions',
  back: 'Back',
  language: '中文',
  summary: 'Progress',
  required: 'Needed each year from now',
  projection: 'Projected at this pace',
  values: 'Values by year',
  year: 'Year',
  value: 'Value',
  noValues: 'No data yet',
  share: 'Share link',
  loading: 'Loading…',
  error: 'Something went wrong',
  notFound: 'Page not found',
  backHome: 'Back to the home page',
};

export type Key = keyof typeof zh;
export const isEnglish = () => localStorage.getItem('gangmu.lang') === 'en';
export const t = (key: Key): string => (isEnglish() ? en[key] : zh[key]);
export function toggleLanguage(): void {
  localStorage.setItem('gangmu.lang', isEnglish() ? 'zh' : 'en');
  location.reload();
}

export const STATUS_TEXT: Record<string, { zh: string; en: string; color: string }> = {
  ACHIEVED: { zh: '已完成', en: 'Achieved', color: '#1a7f37' },
  ON_TRACK: { zh: '进度符合预期', en: 'On track', color: '#1a7f37' },
  AT_RISK: { zh: '进度滞后', en: 'At risk', color: '#9a6700' },
  OFF_TRACK: { zh: '进度严重滞后', en: 'Off track', color: '#cf222e' },
  NEARLY_ACHIEVED: { zh: '基本完成', en: 'Nearly achieved', color: '#9a6700' },
  NOT_ACHIEVED: { zh: '未完成', en: 'Not achieved', color: '#cf222e' },
  NOT_ASSESSABLE: { zh: '暂无法评估', en: 'Not assessable', color: '#57606a' },
  INVALID: { zh: '数据有误', en: 'Invalid data', color: '#57606a' },
};
export const statusText = (s: string) => (isEnglish() ? STATUS_TEXT[s]?.en : STATUS_TEXT[s]?.zh) ?? s;
